using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Builds Lucene queries from whatever an agent typed. Nothing is parsed as syntax: the text goes
/// through analyzers, and each typed word collects the forms it can match in — as typed (folded),
/// stemmed per language, through a synonym, completed from a prefix, corrected from a typo. Each
/// word then scores once, for its best form, in one BM25F score per document (title, aliases,
/// headings and text weighted inside one length-normalised score) and, separately, per section.
/// </summary>
internal sealed class QueryPlanner(QueryAnalysis analysis, RankingOptions? ranking = null)
{
    public const int MaxWords = 16;

    private const int MaxScoredCorrections = 5;

    public QueryAnalysis Analysis => analysis;

    public RankingOptions Ranking { get; } = ranking ?? RankingOptions.Default;

    /// <summary>Forgets remembered spellings, so a benchmark can time queries as if never seen before.</summary>
    internal static void ClearCaches() => SpellingCorrector.Clear();

    public QueryPlan Plan(string? text, IReadOnlyList<string> languages, IndexReader reader)
    {
        var input = QueryText.Clean(text);
        var words = input.Length == 0 ? [] : TokenReader.Read(analysis.Index.Folding, SearchFields.Folded(SearchFields.Body), input, MaxWords);
        if (words.Count == 0)
        {
            return QueryPlan.Empty;
        }

        var typingLastWord = !char.IsWhiteSpace(input[^1]);
        var lookup = new TermLookup(reader);
        var forms = new WordFormCollector(analysis, Ranking, lookup, languages, words);
        var codeSpans = QueryText.CodeSpans(input);
        var prose = QueryText.WithoutCodes(input, codeSpans);

        // A last word still being typed ("deliv") is a fragment, not a word: its "stem" means nothing
        // (Porter turns "delivering" into exactly "deliv"), so it matches as a prefix only.
        var fragment = typingLastWord && !forms.Exists(words[^1].Term) && lookup.HasPrefix(SearchFields.Folded(SearchFields.All), new BytesRef(words[^1].Term));
        if (fragment)
        {
            prose = prose[..words[^1].Start] + new string(' ', prose.Length - words[^1].Start);
        }

        // A query of nothing but stop words ("how to") looks only at names and headings.
        var allStopWords = words.All(w => analysis.Index.IsStopWord(w.Term, languages));
        var coveredBySynonyms = forms.AddSynonyms(prose);
        forms.AddStems(prose, word => allStopWords || !analysis.Index.IsStopWord(words[word].Term, languages));

        // "delivery times reply": "reply" asks for a template (a ranking hint); it is not a topic word.
        var preferredKind = QueryHints.PreferredKind(words);
        string? prefix = null;
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        var scored = new List<int>();
        var stopWords = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Term;
            if (preferredKind is not null && QueryHints.IsKindWord(word))
            {
                continue;
            }

            if (!allStopWords && analysis.Index.IsStopWord(word, languages))
            {
                stopWords.Add(i);
                continue;
            }

            scored.Add(i);
            forms.Folded.Add(word);

            // "K-2040" is one code, not the loose words "k" and "2040": it matches as a code and as a phrase.
            var isCode = CodeExtractor.IsCode(word);
            if (codeSpans.Any(span => words[i].Start >= span.Start && words[i].End <= span.End) && !isCode)
            {
                continue;
            }

            var exists = forms.AddExact(i);
            var completes = i == words.Count - 1 && typingLastWord && !isCode && forms.AddCompletions(i);
            if (completes)
            {
                prefix = word;
            }

            // A word the index knows in some form (folded, stemmed, through a synonym) is not a typo.
            var known = exists || completes || coveredBySynonyms.Contains(i) || forms.HasAny(i);
            if (!known && !isCode && word.Length >= SpellingCorrector.MinLength && !word.Any(char.IsDigit)
                && forms.AddCorrections(i, MaxScoredCorrections) is { } correction)
            {
                corrections[word] = correction;
            }
        }

        var clauses = new WordClauses(Ranking, lookup);
        var documentWords = new BooleanQuery(disableCoord: !Ranking.Coordination);
        var entryWords = new BooleanQuery(disableCoord: !Ranking.Coordination);
        var entryClauses = new List<Query?>(scored.Count);
        foreach (var i in scored)
        {
            if (clauses.Document(forms.Of(i), allStopWords) is { } document)
            {
                documentWords.Add(document, Occur.SHOULD);
            }

            var entry = clauses.Entry(forms.Of(i), allStopWords);
            entryClauses.Add(entry);
            if (entry is not null)
            {
                entryWords.Add(entry, Occur.SHOULD);
            }
        }

        // Stop words still tell documents apart a little ("této" is not in every Czech article): as typed,
        // weighted by their (low) idf, never counted against a document that lacks them, and never
        // enough on their own to make a document a result.
        var stopForms = stopWords.Where(i => forms.Exists(words[i].Term) && !codeSpans.Any(span => words[i].Start >= span.Start && words[i].End <= span.End))
            .Select(i => new[] { new WordForm(words[i].Term, null, Ranking.StopWord) }).ToList();
        var (documentPhrases, entryPhrases) = PhraseClauses.Build(reader, words, typingLastWord, Ranking.Phrase);
        var documents = Combine(documentWords, CodeClauses(input, forDocuments: true), [documentPhrases, .. stopForms.Select(f => clauses.Document(f, namesOnly: false))]);
        var entries = Combine(entryWords, CodeClauses(input, forDocuments: false), [entryPhrases, .. stopForms.Select(f => clauses.Entry(f, namesOnly: false))]);

        return new QueryPlan(
            documents,
            forms.Folded,
            forms.Stems,
            prefix,
            corrections.Count == 0 ? null : string.Join(' ', words.Select(w => corrections.GetValueOrDefault(w.Term, w.Term))))
        {
            EntryQuery = entries,
            Words = [.. scored.Select(i => new QueryWord(words[i].Term, forms.StemsOf(i), i == words.Count - 1 && prefix is not null))],
            EntryWords = entryClauses,
            GuessedLanguage = QueryHints.GuessLanguage(input, words, languages, analysis.Index),
            PreferredKind = preferredKind,
        };
    }

    /// <summary>
    /// What makes a document a result — a typed word, a code, a shortcut — plus bonuses that only
    /// add to those (phrases, stop words); null when nothing can match.
    /// </summary>
    private static BooleanQuery? Combine(BooleanQuery words, IEnumerable<Query> codes, IEnumerable<Query?> bonuses)
    {
        var matches = new BooleanQuery(disableCoord: true);
        if (words.Clauses.Count > 0)
        {
            matches.Add(words, Occur.SHOULD);
        }

        foreach (var code in codes)
        {
            matches.Add(code, Occur.SHOULD);
        }

        if (matches.Clauses.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true) { { matches, Occur.MUST } };
        foreach (var bonus in bonuses.OfType<Query>())
        {
            query.Add(bonus, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Product and coupon codes match whole; "/eta" (or a single word that is a shortcut) finds its template.</summary>
    private IEnumerable<Query> CodeClauses(string input, bool forDocuments)
    {
        var words = input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var code in words.SelectMany(CodeExtractor.Extract).Distinct(StringComparer.Ordinal))
        {
            yield return new TermQuery(new Term(forDocuments ? SearchFields.DocumentCode : SearchFields.Code, code)) { Boost = Ranking.Code };
        }

        if (forDocuments && (words.Length == 1 || words.Any(w => w.StartsWith('/'))))
        {
            foreach (var word in words.Select(w => w.TrimStart('/').ToLowerInvariant()).Where(w => w.Length > 0))
            {
                yield return new TermQuery(new Term(SearchFields.Shortcut, word)) { Boost = Ranking.Shortcut };
            }
        }
    }
}
