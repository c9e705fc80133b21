using System.Diagnostics;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Suggestions;

/// <summary>
/// Finds the templates that answer a customer's message: one BM25 query of the message's words
/// over each template's whole text — title, example messages, body — so the many example messages
/// a team lead wrote act together, like a profile of the intent, rather than as single near
/// neighbours. The same words over SOP headings and sections find what to read.
/// </summary>
/// <remarks>Measured on the Bitext customer-support intents; see <c>docs/relevance.md</c>.</remarks>
internal static class SuggestionExecutor
{
    /// <summary>A title word adds this much beside the whole text (it is also part of the whole text).</summary>
    private const float TitleWeight = 0.3f;

    /// <summary>Aliases are the words people use for an SOP ("when will i get my refund"): customers' words too.</summary>
    private const float AliasWeight = 0.5f;

    private const float HeadingWeight = 1.5f;

    /// <summary>Shorter unknown words are more often abbreviations than typos.</summary>
    private const int MinTypoLength = 4;

    /// <summary>How many articles per requested section are ranked before their best sections are looked up.</summary>
    private const int CandidatesPerSection = 3;

    public static SuggestionResponse Execute(
        IndexSearcher searcher, QueryAnalysis analysis, SnippetBuilder snippets, TitleMatcher titles, MessageLanguageDetector detector,
        SuggestionRequest request, Func<string, ContentDocument?> documents)
    {
        var watch = Stopwatch.StartNew();
        var message = Clean(request.Message);
        if (message.Length == 0)
        {
            return SuggestionResponse.Empty(message);
        }

        var reader = searcher.IndexReader;
        var indexed = SearchExecutor.IndexedLanguages(reader);
        var language = request.Language ?? detector.Detect(message, indexed, request.AgentLanguages);
        var words = TokenReader.Read(analysis.Index.Folding, SearchFields.Folded(SearchFields.Body), message, MessageTerms.MaxTerms * 4);
        message = CorrectTypos(message, words, reader, analysis.Index);

        var (templates, sections) = Suggest(language is null ? indexed : [language], request.Templates, request.Sections);

        // Nothing in the message's language: say which other languages have templates for it.
        var others = templates.Count == 0 && language is not null
            ? Suggest([.. indexed.Where(l => l != language)], request.Templates, 0).Templates.Select(t => t.Language).Distinct(StringComparer.Ordinal).ToList()
            : [];
        return new SuggestionResponse(message, templates, sections, watch.Elapsed.TotalMilliseconds)
        {
            Language = language,
            LanguageDetected = request.Language is null && language is not null,
            OtherLanguages = others,
        };

        (List<SearchHit> Templates, List<SearchHit> Sections) Suggest(IReadOnlyList<string> languages, int templateCount, int sectionCount)
        {
            var documentQuery = new BooleanQuery(disableCoord: true);
            var entryQuery = new BooleanQuery(disableCoord: true);
            var stems = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var language in languages)
            {
                var terms = MessageTerms.Read(analysis.Stemming(language), SearchFields.Stemmed(SearchFields.All, language), message, reader, analysis.Index.StopWords[language]);
                if (terms.Count == 0)
                {
                    continue;
                }

                stems[language] = [.. terms.Keys];
                documentQuery.Add(DocumentQuery(terms, language), Occur.SHOULD);
                entryQuery.Add(EntryQuery(terms, language), Occur.SHOULD);
            }

            if (documentQuery.Clauses.Count == 0)
            {
                return ([], []);
            }

            var plan = new QueryPlan(null, new HashSet<string>(StringComparer.Ordinal), stems, null, null);
            var found = TopDocuments(searcher, documentQuery, "template", Math.Clamp(templateCount, 1, 50))
                .Select(t => SearchExecutor.Hit(searcher, snippets, plan, t.Id, t.Doc, t.Score, null, documents(t.Id)))
                .ToList();
            var places = TopSections(searcher, documentQuery, entryQuery, Math.Clamp(sectionCount, 0, 50))
                .Select(s => SearchExecutor.Hit(searcher, snippets, plan, s.Id, s.Doc, s.Score, s.Place, documents(s.Id)))
                .ToList();
            return (found, places);
        }
    }

    /// <summary>
    /// Customers misspell ("havew a question about cancelling", "omdify the delivery address"):
    /// a word the content never uses is replaced by its closest spelling that it does use.
    /// </summary>
    private static string CorrectTypos(string message, List<AnalyzedToken> words, IndexReader reader, IndexAnalysis analysis)
    {
        var corrected = new System.Text.StringBuilder(message.Length);
        var copied = 0;
        foreach (var word in words)
        {
            if (word.Term.Length < MinTypoLength || word.Term.Any(char.IsDigit) || analysis.IsStopWord(word.Term, Content.Model.Languages.Supported)
                || reader.DocFreq(new Term(SearchFields.Folded(SearchFields.All), word.Term)) > 0
                || SpellingCorrector.Spellings(reader, word.Term) is not [var best, ..])
            {
                continue;
            }

            corrected.Append(message, copied, word.Start - copied).Append(best.Term);
            copied = word.End;
        }

        return copied == 0 ? message : corrected.Append(message, copied, message.Length - copied).ToString();
    }

    private static string Clean(string? message)
    {
        var text = (message ?? string.Empty).Trim();
        return text.Length > SuggestionRequest.MaxMessageLength ? text[..SuggestionRequest.MaxMessageLength] : text;
    }

    /// <summary>
    /// The message's words over a document's whole text (title, examples, body). Coordination rewards
    /// documents that share more of the message's words; a word the message repeats counts more.
    /// </summary>
    private static BooleanQuery DocumentQuery(Dictionary<string, int> terms, string language)
    {
        var whole = new BooleanQuery();
        var title = new BooleanQuery { Boost = TitleWeight };
        var aliases = new BooleanQuery { Boost = AliasWeight };
        foreach (var (term, count) in terms)
        {
            whole.Add(new TermQuery(new Term(SearchFields.Stemmed(SearchFields.All, language), term)) { Boost = count }, Occur.SHOULD);
            title.Add(new TermQuery(new Term(SearchFields.Stemmed(SearchFields.Title, language), term)), Occur.SHOULD);
            aliases.Add(new TermQuery(new Term(SearchFields.Stemmed(SearchFields.Alias, language), term)), Occur.SHOULD);
        }

        return new BooleanQuery(disableCoord: true) { { whole, Occur.SHOULD }, { title, Occur.SHOULD }, { aliases, Occur.SHOULD } };
    }

    /// <summary>The message's words over headings and section text (head and section entries carry these fields).</summary>
    private static BooleanQuery EntryQuery(Dictionary<string, int> terms, string language)
    {
        var query = new BooleanQuery();
        foreach (var (term, count) in terms)
        {
            var word = new DisjunctionMaxQuery(0.1f)
            {
                new TermQuery(new Term(SearchFields.Stemmed(SearchFields.Heading, language), term)) { Boost = HeadingWeight },
                new TermQuery(new Term(SearchFields.Stemmed(SearchFields.Body, language), term)),
            };
            word.Boost = count;
            query.Add(word, Occur.SHOULD);
        }

        return query;
    }

    private static IEnumerable<(string Id, int Doc, float Score)> TopDocuments(IndexSearcher searcher, Query query, string kind, int top)
    {
        var wholeDocuments = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Kind, kind)), Occur.MUST },
            { new TermQuery(new Term(SearchFields.IsHead, "w")), Occur.MUST },
        };
        return searcher.Search(SearchExecutor.Within(query, wholeDocuments), top).ScoreDocs
            .Select(hit => (SearchExecutor.IdOf(searcher.IndexReader, hit.Doc), hit.Doc, hit.Score));
    }

    /// <summary>
    /// The SOPs whose whole text best matches the message, each pointing at its best-matching head or
    /// section, ranked by both — the way search ranks: the article decides, the section refines.
    /// </summary>
    private static IEnumerable<(string Id, int Doc, float Score, DocumentGroup? Place)> TopSections(IndexSearcher searcher, Query documentQuery, Query entryQuery, int top)
    {
        if (top == 0)
        {
            return [];
        }

        var articles = TopDocuments(searcher, documentQuery, "article", top * CandidatesPerSection).ToList();
        if (articles.Count == 0)
        {
            return [];
        }

        var places = new GroupingCollector();
        searcher.Search(SearchExecutor.Within(entryQuery, SearchExecutor.EntriesOf([.. articles.Select(a => a.Id)])), places);
        var best = places.Groups.ToDictionary(g => g.Id, StringComparer.Ordinal);
        return articles
            .Select(a => best.TryGetValue(a.Id, out var place)
                ? (a.Id, place.BestDoc, a.Score + place.BestEntryScore, (DocumentGroup?)place)
                : (a.Id, a.Doc, a.Score, null))
            .OrderByDescending(a => a.Item3)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .Take(top);
    }
}
