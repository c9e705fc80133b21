using System.Diagnostics;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>Runs one search on one searcher: plan, collect grouped hits, filter, count, snip.</summary>
internal static class SearchExecutor
{
    /// <summary>Multiplier for results in the agent's preferred language.</summary>
    private const float PreferredLanguageBoost = 1.25f;

    /// <summary>Multiplier for results in the language the query text seems to be written in.</summary>
    private const float GuessedLanguageBoost = 1.15f;

    /// <summary>Multiplier for the kind of document the query asks for ("… reply" → templates).</summary>
    private const float PreferredKindBoost = 1.3f;

    private static readonly HashSet<string> StoredFields = new(StringComparer.Ordinal)
    {
        SearchFields.Id, SearchFields.Kind, SearchFields.Language, SearchFields.StoredTitle,
        SearchFields.Anchor, SearchFields.StoredHeading, SearchFields.StoredText,
    };

    public static SearchResponse Execute(IndexSearcher searcher, QueryPlanner planner, SnippetBuilder snippets, SearchRequest request)
    {
        var watch = Stopwatch.StartNew();
        var text = request.Query ?? string.Empty;
        var languages = request.Language is { } only ? [only] : IndexedLanguages(searcher.IndexReader);
        var plan = planner.Plan(text, languages, searcher.IndexReader);
        if (plan.Query is null)
        {
            return SearchResponse.Empty(text) with { TookMs = watch.Elapsed.TotalMilliseconds };
        }

        var collector = new GroupingCollector();
        searcher.Search(plan.Query, collector);

        var groups = collector.Groups.ToList();
        var preferredKind = plan.PreferredKind switch
        {
            DocumentKind.Article => "article",
            DocumentKind.Template => "template",
            _ => null,
        };
        foreach (var group in groups)
        {
            group.Score *= (group.Language == request.PreferredLanguage ? PreferredLanguageBoost : 1f)
                * (request.Language is null && group.Language == plan.GuessedLanguage ? GuessedLanguageBoost : 1f)
                * (group.Kind == preferredKind ? PreferredKindBoost : 1f);
        }

        var kind = request.Kind switch
        {
            DocumentKind.Article => "article",
            DocumentKind.Template => "template",
            _ => null,
        };
        bool KindMatches(DocumentGroup g) => kind is null || g.Kind == kind;
        bool LanguageMatches(DocumentGroup g) => request.Language is null || g.Language == request.Language;
        bool TagMatches(DocumentGroup g) => request.Tag is null || g.Tags.Contains(request.Tag, StringComparer.OrdinalIgnoreCase);

        var matching = groups.Where(g => KindMatches(g) && LanguageMatches(g) && TagMatches(g))
            .OrderByDescending(g => g.Score)
            .ThenBy(g => g.Id, StringComparer.Ordinal)
            .ToList();

        var facets = new SearchFacets(
            Count(groups.Where(g => LanguageMatches(g) && TagMatches(g)), g => [g.Kind]),
            Count(groups.Where(g => KindMatches(g) && TagMatches(g)), g => [g.Language]),
            Count(groups.Where(g => KindMatches(g) && LanguageMatches(g)), g => g.Tags));

        var top = Math.Clamp(request.Top, 1, 100);
        var hits = matching.Take(top).Select(group => Hit(searcher, snippets, plan, group)).ToList();
        return new SearchResponse(text, matching.Count, watch.Elapsed.TotalMilliseconds, plan.DidYouMean, hits, facets);
    }

    /// <summary>Languages that have documents in the index; queries are analysed once per language.</summary>
    public static IReadOnlyList<string> IndexedLanguages(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Language);
        if (terms is null)
        {
            return [];
        }

        var languages = new List<string>();
        var enumerator = terms.GetEnumerator();
        while (enumerator.MoveNext())
        {
            languages.Add(enumerator.Term.Utf8ToString());
        }

        return languages;
    }

    private static SearchHit Hit(IndexSearcher searcher, SnippetBuilder snippets, QueryPlan plan, DocumentGroup group)
    {
        var stored = searcher.Doc(group.BestDoc >= 0 ? group.BestDoc : group.WholeDoc, StoredFields);
        var anchor = stored.Get(SearchFields.Anchor);
        var language = stored.Get(SearchFields.Language) ?? group.Language;
        var text = stored.Get(SearchFields.StoredText) ?? string.Empty;
        var isSection = !string.IsNullOrEmpty(anchor);
        return new SearchHit(
            group.Id,
            group.Kind == "template" ? DocumentKind.Template : DocumentKind.Article,
            language,
            stored.Get(SearchFields.StoredTitle) ?? group.Id,
            isSection ? anchor : null,
            isSection ? stored.Get(SearchFields.StoredHeading) : null,
            group.Score,
            snippets.Build(text, language, plan));
    }

    private static Dictionary<string, int> Count(IEnumerable<DocumentGroup> groups, Func<DocumentGroup, IEnumerable<string>> values) =>
        groups.SelectMany(values)
            .Where(v => v.Length > 0)
            .GroupBy(v => v, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
