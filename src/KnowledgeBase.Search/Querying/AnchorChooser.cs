using KnowledgeBase.Content.Model;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Decides where in a document a result points. A section whose heading names every typed word is
/// the place ("restocking fee" opens at "Restocking fee"). Otherwise the words the title already names say
/// which document; the other words say where in it: "escalate to supervisor" opens the Escalation
/// process at "Level 3 — supervisor", not at its introduction, which also says "escalate". When the
/// query is all title words, the best-matching section stands, unless it only refers to the
/// document by its name ("see the returns policy"): then the result opens at the top.
/// </summary>
internal sealed class AnchorChooser(TitleMatcher titles)
{
    /// <summary>Where each result opens: its section (-1: the top) and that entry's doc id (-1 when unknown), by id.</summary>
    /// <remarks>Results whose title names the same words share one search for the other words' best section.</remarks>
    public Dictionary<string, (int Section, int Doc)> ChooseAll(
        IndexSearcher searcher, QueryPlan plan, IEnumerable<(string Id, DocumentGroup? Place, ContentDocument? Document)> results)
    {
        var chosen = new Dictionary<string, (int Section, int Doc)>(StringComparer.Ordinal);
        var byNamedWords = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (id, place, document) in results)
        {
            var (section, doc, named) = Choose(plan, place, document);
            chosen[id] = (section, doc);
            if (named is not null)
            {
                var key = string.Concat(named.Select(n => n ? '1' : '0'));
                (byNamedWords.TryGetValue(key, out var ids) ? ids : byNamedWords[key] = []).Add(id);
            }
        }

        foreach (var (key, ids) in byNamedWords)
        {
            var rest = new BooleanQuery();
            for (var i = 0; i < key.Length; i++)
            {
                if (key[i] == '0' && plan.EntryWords[i] is { } clause)
                {
                    rest.Add(clause, Occur.SHOULD);
                }
            }

            if (rest.Clauses.Count == 0)
            {
                continue;
            }

            var places = new GroupingCollector();
            searcher.Search(SearchExecutor.Within(rest, SearchExecutor.EntriesOf(ids)), places);
            foreach (var better in places.Groups)
            {
                chosen[better.Id] = (better.BestSection, better.BestDoc);
            }
        }

        return chosen;
    }

    /// <returns>
    /// The section and entry to open, and — when the title names some but not all typed words — which
    /// it names, so the other words can choose the section.
    /// </returns>
    private (int Section, int Doc, bool[]? Named) Choose(QueryPlan plan, DocumentGroup? place, ContentDocument? document)
    {
        var section = place?.BestSection ?? -1;
        var doc = place?.BestDoc ?? -1;
        if (document is null || plan.Words.Count == 0 || plan.EntryWords.Count != plan.Words.Count)
        {
            return (section, doc, null);
        }

        var headed = -1;
        for (var i = 0; i < document.Sections.Count && headed < 0; i++)
        {
            var candidate = document.Sections[i];
            headed = !candidate.IsIntroduction && titles.NamesAll(plan, candidate.Heading, document.Language) ? i : -1;
        }

        if (headed >= 0)
        {
            return (headed, headed == section ? doc : -1, null);
        }

        var named = titles.Named(plan, document.Title, document.Language);
        var namedCount = named.Count(n => n);
        if (namedCount > 0 && namedCount < named.Length)
        {
            return (section, doc, named);
        }

        if (namedCount == named.Length && section >= 0 && section < document.Sections.Count
            && !titles.NamesAny(plan, document.Sections[section].Heading, document.Language)
            && titles.RepeatsTitle(document.Sections[section].Text, document.Title))
        {
            return (-1, -1, null);
        }

        return (section, doc, null);
    }
}
