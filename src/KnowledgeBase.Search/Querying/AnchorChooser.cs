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
    /// <returns>The section to open (-1: the top) and its entry's doc id (-1 when unknown).</returns>
    public (int Section, int Doc) Choose(IndexSearcher searcher, QueryPlan plan, string id, DocumentGroup? place, ContentDocument? document)
    {
        var section = place?.BestSection ?? -1;
        var doc = place?.BestDoc ?? -1;
        if (document is null || plan.Words.Count == 0 || plan.EntryWords.Count != plan.Words.Count)
        {
            return (section, doc);
        }

        var headed = document.Sections.ToList().FindIndex(s => !s.IsIntroduction && titles.NamesAll(plan, s.Heading, document.Language));
        if (headed >= 0)
        {
            return (headed, headed == section ? doc : -1);
        }

        var named = titles.Named(plan, document.Title, document.Language);
        var namedCount = named.Count(n => n);
        if (namedCount > 0 && namedCount < named.Length)
        {
            var rest = new BooleanQuery();
            for (var i = 0; i < named.Length; i++)
            {
                if (!named[i] && plan.EntryWords[i] is { } clause)
                {
                    rest.Add(clause, Occur.SHOULD);
                }
            }

            if (rest.Clauses.Count > 0)
            {
                var places = new GroupingCollector();
                searcher.Search(SearchExecutor.Within(rest, SearchExecutor.EntriesOf([id])), places);
                if (places.Groups.FirstOrDefault() is { } better)
                {
                    return (better.BestSection, better.BestDoc);
                }
            }

            return (section, doc);
        }

        if (namedCount == named.Length && section >= 0 && section < document.Sections.Count
            && !titles.NamesAny(plan, document.Sections[section].Heading, document.Language)
            && titles.RepeatsTitle(document.Sections[section].Text, document.Title))
        {
            return (-1, -1);
        }

        return (section, doc);
    }
}
