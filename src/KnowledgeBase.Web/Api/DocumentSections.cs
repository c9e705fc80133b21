using System.Text.RegularExpressions;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// Cuts a document's rendered HTML into its sections. The renderer gives every H2 and H3 the id the
/// section's anchor is (GitHub-style auto ids), so a section's HTML is what lies between the end of
/// its heading and the next section's heading: one render, the same HTML the article page shows.
/// </summary>
internal static partial class DocumentSections
{
    public static IReadOnlyList<Contract.DocumentSectionJson> Split(ContentDocument document, string html)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(html);
        var headings = new Dictionary<string, Match>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(html))
        {
            headings.TryAdd(heading.Groups["id"].Value, heading);
        }

        var sections = new List<Contract.DocumentSectionJson>(document.Sections.Count);
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            var start = section.Anchor is null ? 0 : headings.TryGetValue(section.Anchor, out var own) ? own.Index + own.Length : -1;
            var next = document.Sections.Skip(i + 1).Select(s => s.Anchor is not null && headings.TryGetValue(s.Anchor, out var m) ? m.Index : -1).FirstOrDefault(index => index >= 0, -1);
            var end = next >= 0 ? next : html.Length;
            var sectionHtml = start >= 0 && start <= end ? html[start..end].Trim() : string.Empty;
            sections.Add(new Contract.DocumentSectionJson(section.Anchor, section.IsIntroduction ? null : section.Heading, sectionHtml, section.Text));
        }

        return sections;
    }

    // The whole heading element, so the section starts after its closing tag.
    [GeneratedRegex("""<h[23]\b[^>]*\bid="(?<id>[^"]*)"[^>]*>.*?</h[23]>""", RegexOptions.Singleline)]
    private static partial Regex Heading();
}
