using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Collects, for each typed word, the forms it can match in: as typed, stemmed per language,
/// through a synonym, completed from a prefix, corrected from a typo. Also collects the terms
/// snippets mark. One per query; not thread-safe.
/// </summary>
internal sealed class WordFormCollector(QueryAnalysis analysis, RankingOptions ranking, TermLookup lookup, IReadOnlyList<string> languages, List<AnalyzedToken> words)
{
    private readonly List<WordForm>[] _forms = [.. words.Select(_ => new List<WordForm>())];
    private readonly HashSet<string>[] _stems = [.. words.Select(_ => new HashSet<string>(StringComparer.Ordinal))];

    /// <summary>Folded terms to mark in snippets: the words typed, synonyms, corrections.</summary>
    public HashSet<string> Folded { get; } = new(StringComparer.Ordinal);

    /// <summary>Stemmed terms to mark in snippets, per language.</summary>
    public Dictionary<string, HashSet<string>> Stems { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<WordForm> Of(int word) => _forms[word];

    public HashSet<string> StemsOf(int word) => _stems[word];

    public bool HasAny(int word) => _forms[word].Count > 0;

    /// <summary>Whether a folded word occurs anywhere: the whole-document entries hold every word.</summary>
    public bool Exists(string folded) => lookup.DocFreq(new Term(SearchFields.Folded(SearchFields.All), folded)) > 0;

    /// <summary>The word as typed, when the index has it.</summary>
    public bool AddExact(int word)
    {
        var term = words[word].Term;
        if (!Exists(term))
        {
            return false;
        }

        _forms[word].Add(new WordForm(term, null, ranking.Exact));
        return true;
    }

    /// <summary>
    /// The likeliest completions of a word still being typed. They share the idf of the most common
    /// one and count in proportion to the square root of how common each is, so a rare completion
    /// ("deliverables") does not outscore the word most people mean ("delivery").
    /// </summary>
    public bool AddCompletions(int word)
    {
        var term = words[word].Term;
        if (term.Length < PhraseClauses.MinPrefixLength || !lookup.HasPrefix(SearchFields.Folded(SearchFields.All), new BytesRef(term)))
        {
            return false;
        }

        var completions = PhraseClauses.CompletionsWithFrequency(lookup.Reader, SearchFields.Folded(SearchFields.All), term);
        var shared = completions.Max(c => c.Frequency);
        foreach (var (completion, frequency) in completions)
        {
            // The likelier the completion, the more it counts: "deliv" means "delivery" more often than "delivered".
            var likelihood = (float)Math.Sqrt(frequency / (double)shared);
            _forms[word].Add(new WordForm(completion, null, completion == term ? ranking.Exact : ranking.Prefix * likelihood, completion == term ? null : shared));
        }

        return completions.Count > 0;
    }

    /// <summary>
    /// Synonyms of the words typed (whole phrases, from each language's folded rules), added to every
    /// word of the run they replace; returns the indexes of the words a rule matched.
    /// </summary>
    public HashSet<int> AddSynonyms(string prose)
    {
        var covered = new HashSet<int>();
        var tokens = TokenReader.Read(analysis.Index.Folding, SearchFields.Folded(SearchFields.Body), prose, QueryPlanner.MaxWords);
        foreach (var language in languages)
        {
            if (analysis.Synonyms.Folded(language) is { } map)
            {
                covered.UnionWith(AddSynonymForms(map, tokens, language: null, ranking.Synonym));
            }
        }

        return covered;
    }

    /// <summary>
    /// Each word's stems in every language searched, and the synonyms of those stems. Stems of words
    /// that are not <paramref name="scored"/> (stop words) are left out: snippets would mark "you" and "can".
    /// </summary>
    public void AddStems(string prose, Func<int, bool> scored)
    {
        foreach (var language in languages)
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            var tokens = TokenReader.Read(analysis.StemmedWords(language), SearchFields.Stemmed(SearchFields.Body, language), prose, QueryPlanner.MaxWords * 4);
            foreach (var token in tokens)
            {
                var matched = WordsIn(token.Start, token.End).Where(scored).ToList();
                if (matched.Count == 1)
                {
                    _stems[matched[0]].Add(token.Term);
                }

                if (matched.Count > 0 && terms.Add(token.Term) && lookup.DocFreq(new Term(SearchFields.Stemmed(SearchFields.All, language), token.Term)) > 0)
                {
                    _forms[matched[0]].Add(new WordForm(token.Term, language, ranking.Stemmed));
                }
            }

            Stems[language] = terms;
            if (analysis.Synonyms.Stemmed(language) is { } map)
            {
                AddSynonymForms(map, tokens, language, ranking.Synonym * ranking.Stemmed);
            }
        }
    }

    /// <summary>
    /// Adds each synonym phrase the index has as a form of every word in the run it replaces. All
    /// the synonyms of a run share one idf, the most common one's (a multi-word phrase counts as
    /// common as its rarest word): they name one concept, and "money back" must not outscore
    /// "refund" merely because "money" is a rarer word.
    /// </summary>
    private HashSet<int> AddSynonymForms(Lucene.Net.Analysis.Synonym.SynonymMap map, List<AnalyzedToken> tokens, string? language, float factor)
    {
        var covered = new HashSet<int>();
        foreach (var match in SynonymExpansion.Find(map, [.. tokens.Select(t => t.Term)]))
        {
            var run = tokens.Skip(match.Start).Take(match.Length).ToList();
            var replaced = WordsIn(run[0].Start, run[^1].End);
            covered.UnionWith(replaced);
            var typed = string.Join(' ', run.Select(t => t.Term));
            var phrases = match.Phrases
                .Where(p => p.Length > 0 && string.Join(' ', p) != typed)
                .Select(p => (Words: p, DocFreq: p.Min(w => DocFreq(w, language))))
                .Where(p => p.DocFreq > 0)
                .ToList();
            if (phrases.Count == 0)
            {
                continue;
            }

            var shared = phrases.Max(p => p.DocFreq);
            foreach (var phrase in phrases)
            {
                foreach (var word in replaced)
                {
                    _forms[word].Add(new WordForm(string.Join(' ', phrase.Words), language, factor, shared));
                }

                if (language is null)
                {
                    Folded.UnionWith(phrase.Words);
                }
                else
                {
                    Stems.GetValueOrDefault(language)?.UnionWith(phrase.Words);
                }
            }
        }

        return covered;
    }

    private int DocFreq(string term, string? language) =>
        lookup.DocFreq(new Term(language is null ? SearchFields.Folded(SearchFields.All) : SearchFields.Stemmed(SearchFields.All, language), term));

    /// <summary>Near spellings of an unknown word, and the closest one's stems; returns the closest.</summary>
    public string? AddCorrections(int word, int max)
    {
        var candidates = SpellingCorrector.Spellings(lookup.Reader, words[word].Term);
        if (candidates.Count == 0)
        {
            return null;
        }

        foreach (var candidate in candidates.Take(max))
        {
            Folded.Add(candidate.Term);
            _forms[word].Add(new WordForm(candidate.Term, null, ranking.Typo * candidate.Similarity));
        }

        // Read the word as its correction too, so "refnd" also meets "Refunds" through the stem "refund".
        var best = candidates[0].Term;
        foreach (var language in languages)
        {
            foreach (var stem in TokenReader.Read(analysis.Index.Stemming(language), SearchFields.Stemmed(SearchFields.Body, language), best, 2))
            {
                if (lookup.DocFreq(new Term(SearchFields.Stemmed(SearchFields.All, language), stem.Term)) > 0)
                {
                    _forms[word].Add(new WordForm(stem.Term, language, ranking.Typo * ranking.Stemmed));
                    Stems[language].Add(stem.Term);
                }
            }
        }

        return best;
    }

    /// <summary>Indexes of the typed words that overlap a character range of the input.</summary>
    private List<int> WordsIn(int start, int end)
    {
        var found = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start < end && words[i].End > start)
            {
                found.Add(i);
            }
        }

        return found;
    }
}
