using System.Text;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Builds a Lucene query from whatever an agent typed. Nothing is parsed as syntax: the text goes
/// through analyzers, and every word becomes weighted clauses — exact (folded) words above stemmed
/// ones, stemmed above prefix, prefix above typo corrections; title and aliases above headings,
/// headings above body text; whole phrases above loose words.
/// </summary>
internal sealed class QueryPlanner(QueryAnalysis analysis)
{
    /// <summary>Longer text is cut: nobody types more mid-call, and it bounds the query's size.</summary>
    public const int MaxQueryLength = 256;

    public const int MaxWords = 16;

    private const float TitleWeight = 6f;
    private const float AliasWeight = 5f;
    private const float HeadingWeight = 3f;
    private const float BodyWeight = 1f;
    private const float AllWeight = 1f;
    private const float StemmedFactor = 0.7f;
    private const float SynonymFactor = 0.8f;
    private const float PrefixFactor = 0.5f;
    private const float FuzzyFactor = 0.6f;
    private const float PhraseFactor = 1.5f;
    private const float CodeWeight = 12f;
    private const float ShortcutWeight = 10f;
    private const int MinPrefixLength = 2;
    private const int MinFuzzyLength = 3;
    private const int MaxFuzzyExpansions = 20;
    private const int MaxPrefixPhraseExpansions = 30;

    // A word scores once for the document (title or aliases) and once for the section (heading or body):
    // the title is repeated on every section, so one group over all four would let it drown the heading.
    private static readonly (string Field, float Weight)[][] FieldGroups =
    [
        [(SearchFields.Title, TitleWeight), (SearchFields.Alias, AliasWeight)],
        [(SearchFields.Heading, HeadingWeight), (SearchFields.Body, BodyWeight), (SearchFields.All, AllWeight)],
    ];

    private static readonly string[] AllFields = [.. FieldGroups.SelectMany(g => g.Select(f => f.Field))];

    public QueryAnalysis Analysis => analysis;

    public QueryPlan Plan(string? text, IReadOnlyList<string> languages, IndexReader reader)
    {
        var input = Clean(text);
        if (input.Length == 0)
        {
            return QueryPlan.Empty;
        }

        var typingLastWord = !char.IsWhiteSpace(input[^1]);
        var words = TokenReader.Read(analysis.Index.Folding, SearchFields.Folded(SearchFields.Body), input, MaxWords);
        if (words.Count == 0)
        {
            return QueryPlan.Empty;
        }

        var folded = new HashSet<string>(StringComparer.Ordinal);
        var stemmed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? prefix = null;

        // One clause per typed word, holding every way that word can match; the top-level query then
        // coordinates on words: a document matching three of four words beats one matching one word often.
        var perWord = words.Select(_ => new BooleanQuery(disableCoord: true)).ToArray();
        var codeSpans = CodeSpans(input);
        var prose = WithoutCodes(input, codeSpans);
        var coveredBySynonyms = AddSynonyms(perWord, prose, languages, reader, folded, words);
        AddStemmed(perWord, prose, languages, reader, stemmed, words);

        var allStopWords = words.All(w => analysis.Index.IsStopWord(w.Term, languages));
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Term;
            if (!allStopWords && analysis.Index.IsStopWord(word, languages))
            {
                continue;
            }

            // "K-2040" is one code, not the loose words "k" and "2040": it matches as a code and as a phrase.
            if (codeSpans.Any(span => words[i].Start >= span.Start && words[i].End <= span.End) && !CodeExtractor.IsCode(word))
            {
                folded.Add(word);
                continue;
            }

            folded.Add(word);
            var isCode = CodeExtractor.IsCode(word);
            var exists = ExistsFolded(reader, word);
            if (exists)
            {
                perWord[i].Add(Group(field => new TermQuery(new Term(SearchFields.Folded(field), word)), 1f), Occur.SHOULD);
            }

            var prefixMatches = false;
            if (i == words.Count - 1 && typingLastWord && !isCode && word.Length >= MinPrefixLength)
            {
                prefixMatches = HasPrefix(reader, word);
                if (prefixMatches)
                {
                    prefix = word;
                    perWord[i].Add(Group(field => new PrefixQuery(new Term(SearchFields.Folded(field), word)), PrefixFactor), Occur.SHOULD);
                }
            }

            // A word the index knows in some form (folded, stemmed, through a synonym) is not a typo.
            var known = exists || prefixMatches || coveredBySynonyms.Contains(i) || ExistsStemmed(reader, word, languages);
            if (!known && !isCode && word.Length >= MinFuzzyLength && !word.Any(char.IsDigit)
                && AddTypoCorrections(perWord[i], reader, word, folded, corrections) is { } correction)
            {
                // Read the word as its correction too, so "refnd" also meets "Refunds" through the stem "refund".
                AddStemmedWord(perWord[i], correction, languages, reader, stemmed, FuzzyFactor * StemmedFactor);
            }
        }

        var query = new BooleanQuery(disableCoord: false);
        foreach (var clause in perWord.Where(c => c.Clauses.Count > 0))
        {
            query.Add(clause, Occur.SHOULD);
        }

        AddPhrases(query, reader, words, typingLastWord);
        AddCodesAndShortcuts(query, input);

        return new QueryPlan(
            perWord.All(c => c.Clauses.Count == 0) && query.Clauses.Count == 0 ? null : query,
            folded,
            stemmed,
            prefix,
            corrections.Count == 0 ? null : Correct(words, corrections))
        {
            GuessedLanguage = QueryHints.GuessLanguage(input, words, languages, analysis.Index),
            PreferredKind = QueryHints.PreferredKind(words),
        };
    }

    /// <summary>Control characters out, length capped at a word boundary.</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxQueryLength));
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, MaxQueryLength * 2)))
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        var clean = builder.ToString().TrimStart();
        if (clean.Length > MaxQueryLength)
        {
            var cut = clean.LastIndexOf(' ', MaxQueryLength);
            clean = clean[..(cut > 0 ? cut : MaxQueryLength)];
        }

        return clean;
    }

    /// <summary>One word's clauses: the best of title and aliases, plus the best of heading and body.</summary>
    private static BooleanQuery Group(Func<string, Query?> clause, float factor)
    {
        var both = new BooleanQuery(disableCoord: true);
        foreach (var fields in FieldGroups)
        {
            var group = new DisjunctionMaxQuery(0.1f);
            foreach (var (field, weight) in fields)
            {
                if (clause(field) is { } query)
                {
                    query.Boost *= weight * factor;
                    group.Add(query);
                }
            }

            if (group.Disjuncts.Count > 0)
            {
                both.Add(group, Occur.SHOULD);
            }
        }

        return both;
    }

    /// <summary>Adds synonym expansions to the words they replace; returns the indexes of words a rule matched.</summary>
    private HashSet<int> AddSynonyms(BooleanQuery[] perWord, string input, IReadOnlyList<string> languages, IndexReader reader, HashSet<string> folded, List<AnalyzedToken> words)
    {
        var covered = new HashSet<int>();
        var plain = words.Select(w => w.Term).ToHashSet(StringComparer.Ordinal);
        foreach (var language in languages.Where(l => analysis.Synonyms.Folded(l) is not null))
        {
            foreach (var token in ReadWithTypes(analysis.Folding(language), input))
            {
                if (token.Type != "SYNONYM")
                {
                    continue;
                }

                var matched = WordsIn(words, token.Start, token.End);
                covered.UnionWith(matched);
                if (matched.Count > 0 && !plain.Contains(token.Term) && folded.Add(token.Term) && ExistsFolded(reader, token.Term))
                {
                    perWord[matched[0]].Add(Group(field => new TermQuery(new Term(SearchFields.Folded(field), token.Term)), SynonymFactor), Occur.SHOULD);
                }
            }
        }

        return covered;
    }

    private void AddStemmed(BooleanQuery[] perWord, string input, IReadOnlyList<string> languages, IndexReader reader, Dictionary<string, HashSet<string>> stemmed, List<AnalyzedToken> words)
    {
        foreach (var language in languages)
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in TokenReader.Read(analysis.Stemming(language), SearchFields.Stemmed(SearchFields.Body, language), input, MaxWords * 4))
            {
                var matched = WordsIn(words, token.Start, token.End);
                if (matched.Count > 0 && terms.Add(token.Term) && AllFields.Any(f => reader.DocFreq(new Term(SearchFields.Stemmed(f, language), token.Term)) > 0))
                {
                    perWord[matched[0]].Add(Group(field => new TermQuery(new Term(SearchFields.Stemmed(field, language), token.Term)), StemmedFactor), Occur.SHOULD);
                }
            }

            stemmed[language] = terms;
        }
    }

    /// <summary>Indexes of the typed words that overlap a character range of the input.</summary>
    private static List<int> WordsIn(List<AnalyzedToken> words, int start, int end)
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

    /// <summary>
    /// Whole-phrase bonuses: the complete words in order, and — while the last word is still being
    /// typed — the phrase with that word's possible completions ("parcel lock" → "parcel lockers").
    /// </summary>
    private static void AddPhrases(BooleanQuery query, IndexReader reader, List<AnalyzedToken> words, bool typingLastWord)
    {
        var complete = typingLastWord ? words[..^1] : words;
        if (complete.Count >= 2)
        {
            query.Add(Group(field => Phrase(SearchFields.Folded(field), complete, null), PhraseFactor), Occur.SHOULD);
        }

        if (typingLastWord && words.Count >= 2 && words[^1].Term.Length >= MinPrefixLength)
        {
            query.Add(Group(field => Phrase(SearchFields.Folded(field), complete, Completions(reader, SearchFields.Folded(field), words[^1].Term)), PhraseFactor), Occur.SHOULD);
        }

        Query? Phrase(string field, List<AnalyzedToken> phraseWords, Term[]? lastWordCompletions)
        {
            if (lastWordCompletions is { Length: 0 })
            {
                return null;
            }

            var phrase = new MultiPhraseQuery { Slop = 1 };
            var first = phraseWords[0].Position;
            foreach (var word in phraseWords)
            {
                phrase.Add([new Term(field, word.Term)], word.Position - first);
            }

            if (lastWordCompletions is not null)
            {
                phrase.Add(lastWordCompletions, words[^1].Position - first);
            }

            return phrase;
        }
    }

    /// <summary>The most frequent terms of a field that start with <paramref name="prefix"/>.</summary>
    private static Term[] Completions(IndexReader reader, string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return [];
        }

        var bytes = new BytesRef(prefix);
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(bytes) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        var found = new List<(string Term, int Frequency)>();
        do
        {
            if (!StringHelper.StartsWith(enumerator.Term, bytes))
            {
                break;
            }

            found.Add((enumerator.Term.Utf8ToString(), enumerator.DocFreq));
        }
        while (found.Count < 500 && enumerator.MoveNext());

        return [.. found.OrderByDescending(f => f.Frequency).Take(MaxPrefixPhraseExpansions).Select(f => new Term(field, f.Term))];
    }

    private static List<(int Start, int End)> CodeSpans(string input) =>
        [.. CodeExtractor.Spans(input)];

    /// <summary>The text with codes blanked out (same length, so offsets still line up).</summary>
    private static string WithoutCodes(string input, List<(int Start, int End)> spans)
    {
        if (spans.Count == 0)
        {
            return input;
        }

        var chars = input.ToCharArray();
        foreach (var (start, end) in spans)
        {
            Array.Fill(chars, ' ', start, end - start);
        }

        return new string(chars);
    }

    private static void AddCodesAndShortcuts(BooleanQuery query, string input)
    {
        var words = input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var code in words.SelectMany(CodeExtractor.Extract).Distinct(StringComparer.Ordinal))
        {
            query.Add(new TermQuery(new Term(SearchFields.Code, code)) { Boost = CodeWeight }, Occur.SHOULD);
        }

        // "/eta" (or a single word that happens to be a shortcut) finds its template.
        if (words.Length == 1 || words.Any(w => w.StartsWith('/')))
        {
            foreach (var word in words.Select(w => w.TrimStart('/').ToLowerInvariant()).Where(w => w.Length > 0))
            {
                query.Add(new TermQuery(new Term(SearchFields.Shortcut, word)) { Boost = ShortcutWeight }, Occur.SHOULD);
            }
        }
    }

    private void AddStemmedWord(BooleanQuery clause, string word, IReadOnlyList<string> languages, IndexReader reader, Dictionary<string, HashSet<string>> stemmed, float factor)
    {
        foreach (var language in languages)
        {
            foreach (var stem in TokenReader.Read(analysis.Index.Stemming(language), SearchFields.Stemmed(SearchFields.Body, language), word, 2))
            {
                if (AllFields.Any(f => reader.DocFreq(new Term(SearchFields.Stemmed(f, language), stem.Term)) > 0))
                {
                    clause.Add(Group(field => new TermQuery(new Term(SearchFields.Stemmed(field, language), stem.Term)), factor), Occur.SHOULD);
                    stemmed[language].Add(stem.Term);
                }
            }
        }
    }

    /// <summary>Adds the near spellings of an unknown word; returns the best correction, if any.</summary>
    private static string? AddTypoCorrections(BooleanQuery query, IndexReader reader, string word, HashSet<string> folded, Dictionary<string, string> corrections)
    {
        var maxEdits = word.Length <= 4 ? 1 : 2;
        var candidates = new Dictionary<string, (float Similarity, int Frequency)>(StringComparer.Ordinal);
        var rewrittenByField = new Dictionary<string, Query>(StringComparer.Ordinal);
        foreach (var field in AllFields)
        {
            var fuzzy = new FuzzyQuery(new Term(SearchFields.Folded(field), word), maxEdits, prefixLength: 1, MaxFuzzyExpansions, transpositions: true)
            {
                MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxFuzzyExpansions),
            };
            var rewritten = fuzzy.Rewrite(reader);
            foreach (var term in Terms(rewritten))
            {
                var known = candidates.GetValueOrDefault(term.Term.Text);
                candidates[term.Term.Text] = (Math.Max(known.Similarity, term.Boost), known.Frequency + reader.DocFreq(term.Term));
            }

            rewrittenByField[field] = rewritten;
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        query.Add(Group(field => rewrittenByField[field], FuzzyFactor), Occur.SHOULD);
        folded.UnionWith(candidates.Keys);

        // The closest spelling wins; among equally close ones, the most common.
        var best = candidates
            .OrderByDescending(c => c.Value.Similarity)
            .ThenByDescending(c => c.Value.Frequency)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .First().Key;
        corrections[word] = best;
        return best;
    }

    private static IEnumerable<TermQuery> Terms(Query query) => query switch
    {
        TermQuery term => [term],
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => Terms(c.Query)),
        _ => [],
    };

    private static string Correct(List<AnalyzedToken> words, Dictionary<string, string> corrections) =>
        string.Join(' ', words.Select(w => corrections.GetValueOrDefault(w.Term, w.Term)));

    private static bool ExistsFolded(IndexReader reader, string word) =>
        AllFields.Any(f => reader.DocFreq(new Term(SearchFields.Folded(f), word)) > 0);

    private bool ExistsStemmed(IndexReader reader, string word, IReadOnlyList<string> languages) =>
        languages.Any(language => TokenReader.Read(analysis.Index.Stemming(language), SearchFields.Stemmed(SearchFields.Body, language), word, 2)
            .Any(stem => AllFields.Any(f => reader.DocFreq(new Term(SearchFields.Stemmed(f, language), stem.Term)) > 0)));

    private static bool HasPrefix(IndexReader reader, string prefix)
    {
        var bytes = new BytesRef(prefix);
        foreach (var field in AllFields)
        {
            var terms = MultiFields.GetTerms(reader, SearchFields.Folded(field));
            if (terms is null)
            {
                continue;
            }

            var enumerator = terms.GetEnumerator();
            if (enumerator.SeekCeil(bytes) != TermsEnum.SeekStatus.END && StringHelper.StartsWith(enumerator.Term, bytes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tokens with their type, to tell synonyms ("SYNONYM") from the words typed.</summary>
    private static List<(string Term, int Start, int End, string Type)> ReadWithTypes(Lucene.Net.Analysis.Analyzer analyzer, string input)
    {
        var tokens = new List<(string, int, int, string)>();
        using var stream = analyzer.GetTokenStream(SearchFields.Folded(SearchFields.Body), new StringReader(input));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && tokens.Count < MaxWords * 8)
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, type.Type));
        }

        stream.End();
        return tokens;
    }
}
