using System.Diagnostics;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Snippets;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Runs one search in two phases. First the documents: the document query (title, aliases, all
/// text, which only whole-document entries carry) yields the total, the facet counts and a
/// shortlist. Then, for the shortlist only, the entry query (headings and section text) finds each
/// document's best head or section entry: it adds to the document's score, and it is where the
/// result points and what its snippet shows.
/// </summary>
internal static class SearchExecutor
{
    /// <summary>Multiplier for results in the agent's preferred language.</summary>
    private const float PreferredLanguageBoost = 1.5f;

    /// <summary>Multiplier for results in the language the query text seems to be written in.</summary>
    private const float GuessedLanguageBoost = 1.15f;

    /// <summary>Multiplier for the kind of document the query asks for ("… reply" → templates).</summary>
    private const float PreferredKindBoost = 1.3f;

    /// <summary>
    /// How many candidates per requested result phase 1 hands to phase 2 for re-ranking. The best
    /// section only nudges a document's score, so candidates far below the top rarely move into it.
    /// </summary>
    private const int CandidatesPerResult = 3;

    private const int MinCandidates = 20;

    private static readonly HashSet<string> StoredFields = new(StringComparer.Ordinal)
    {
        SearchFields.Id, SearchFields.Kind, SearchFields.Language, SearchFields.StoredTitle,
        SearchFields.Anchor, SearchFields.StoredHeading, SearchFields.StoredText,
    };

    /// <param name="documents">The documents as indexed, by id; hits are built from them without reading stored fields.</param>
    public static SearchResponse Execute(
        IndexSearcher searcher, QueryPlanner planner, SnippetBuilder snippets, TitleMatcher titles, SearchRequest request, Func<string, ContentDocument?> documents)
    {
        var watch = Stopwatch.StartNew();
        var text = request.Query ?? string.Empty;
        var languages = request.Language is { } only ? [only] : IndexedLanguages(searcher.IndexReader);
        var plan = planner.Plan(text, languages, searcher.IndexReader);
        if (plan.Query is null)
        {
            return SearchResponse.Empty(text) with { TookMs = watch.Elapsed.TotalMilliseconds };
        }

        var criteria = new DocumentCollector.Criteria(
            KindValue(request.Kind),
            request.Language,
            request.Tag,
            request.PreferredLanguage,
            PreferredLanguageBoost,
            request.Language is null ? plan.GuessedLanguage : null,
            GuessedLanguageBoost,
            KindValue(plan.PreferredKind ?? DocumentKind.Article),
            plan.PreferredKind is null ? planner.Ranking.ArticlePrior : PreferredKindBoost);
        var top = Math.Clamp(request.Top, 1, 100);
        var documentsCollector = new DocumentCollector(Math.Max(MinCandidates, top * CandidatesPerResult), criteria);
        searcher.Search(plan.Query, documentsCollector);
        var candidates = documentsCollector.Top().Select(c => (c.Doc, c.Score, Id: IdOf(searcher.IndexReader, c.Doc))).ToList();

        var places = new Dictionary<string, DocumentGroup>(StringComparer.Ordinal);
        if (candidates.Count > 0 && plan.EntryQuery is BooleanQuery { Clauses.Count: > 0 } entryQuery)
        {
            var sections = new GroupingCollector();
            searcher.Search(Within(entryQuery, EntriesOf([.. candidates.Select(c => c.Id)])), sections);
            foreach (var group in sections.Groups)
            {
                places[group.Id] = group;
            }
        }

        var ranked = candidates
            .Select(c =>
            {
                var place = places.GetValueOrDefault(c.Id);
                var entry = place is null ? 0f : planner.Ranking.Section * place.BestEntryScore * Nudge(place, criteria);
                return (c.Doc, c.Id, Score: c.Score + entry, Place: place);
            })
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(top);
        var shown = ranked.Select(c => (c.Doc, c.Id, c.Score, c.Place, Document: documents(c.Id))).ToList();
        var anchors = new AnchorChooser(titles).ChooseAll(searcher, plan, shown.Select(c => (c.Id, c.Place, c.Document)));
        var hits = shown.Select(c => Hit(searcher, snippets, plan, c.Id, c.Doc, c.Score, c.Place, c.Document, anchors[c.Id])).ToList();
        return new SearchResponse(text, documentsCollector.Total, watch.Elapsed.TotalMilliseconds, plan.DidYouMean, hits, documentsCollector.Facets);
    }

    /// <summary>The same ranking nudges phase 1 applied, for an entry found in phase 2.</summary>
    private static float Nudge(DocumentGroup group, DocumentCollector.Criteria criteria) =>
        (group.Language == criteria.PreferredLanguage ? criteria.PreferredLanguageBoost : 1f)
        * (group.Language == criteria.GuessedLanguage ? criteria.GuessedLanguageBoost : 1f)
        * (group.Kind == criteria.PreferredKind ? criteria.PreferredKindBoost : 1f);

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

    /// <summary>The query, scored as it is, over only the entries <paramref name="filter"/> admits.</summary>
    internal static BooleanQuery Within(Query query, Query filter)
    {
        filter.Boost = 0;
        return new BooleanQuery(disableCoord: true)
        {
            { query, Occur.MUST },
            { filter, Occur.MUST },
        };
    }

    /// <summary>The entries of the given documents (the entry query's fields exist on head and section entries only).</summary>
    internal static Query EntriesOf(List<string> ids) =>
        new ConstantScoreQuery(new Lucene.Net.Queries.TermsFilter(SearchFields.Id, [.. ids.Select(id => new BytesRef(id))]));

    internal static string IdOf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        // From the segment's cached arrays: reading the doc value allocated a seek and a string per candidate.
        var values = SegmentValues.Of(leaf.AtomicReader);
        return values.Ids[values.IdOrds[doc - leaf.DocBase]];
    }

    private static string? KindValue(DocumentKind? kind) => kind switch
    {
        DocumentKind.Article => "article",
        DocumentKind.Template => "template",
        _ => null,
    };

    /// <param name="opens">Where the result opens (see <see cref="AnchorChooser"/>); by default the best entry found.</param>
    internal static SearchHit Hit(
        IndexSearcher searcher, SnippetBuilder snippets, QueryPlan plan, string id, int wholeDoc, float score, DocumentGroup? place, ContentDocument? document,
        (int Section, int Doc)? opens = null)
    {
        (int section, int entryDoc) = opens ?? (place?.BestSection ?? -1, place?.BestDoc ?? -1);

        // The common case: the document in memory is the version indexed, so nothing is read from disk.
        if (document is not null && (place is null || (document.ContentHash == place.Hash && section < document.Sections.Count)))
        {
            var shownSection = section >= 0 ? document.Sections[section] : null;
            var shown = shownSection is null ? DocumentMapper.HeadText(document) : DocumentMapper.SectionText(document, section);
            return new SearchHit(document.Id, document.Kind, document.Language, document.Title, shownSection?.Anchor, shownSection?.Heading, score,
                snippets.Build(shown, document.Language, plan));
        }

        var stored = searcher.Doc(entryDoc >= 0 ? entryDoc : wholeDoc, StoredFields);
        var anchor = stored.Get(SearchFields.Anchor);
        var language = stored.Get(SearchFields.Language) ?? string.Empty;
        var isSection = !string.IsNullOrEmpty(anchor);
        return new SearchHit(
            id,
            stored.Get(SearchFields.Kind) == "template" ? DocumentKind.Template : DocumentKind.Article,
            language,
            stored.Get(SearchFields.StoredTitle) ?? id,
            isSection ? anchor : null,
            isSection ? stored.Get(SearchFields.StoredHeading) : null,
            score,
            snippets.Build(stored.Get(SearchFields.StoredText) ?? string.Empty, language, plan));
    }
}
