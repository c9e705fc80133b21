using System.Text;
using KnowledgeBase.Import.HelpDesks;
using KnowledgeBase.Import.Html;
using KnowledgeBase.Import.Placeholders;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Import.Writing;

/// <summary>
/// One help-desk item to one template: body to reply text (HTML through <see cref="HtmlReplyConverter"/>),
/// placeholders to ours, and every piece of metadata to a place in front matter: categories and
/// keywords as tags, the short code as <c>shortcut</c>, inactive as <c>status</c>, restrictions,
/// descriptions and settings a template cannot carry as <c>source_…</c> notes.
/// </summary>
public sealed class ItemConverter(HtmlReplyConverter html, IOptions<ImportOptions> options)
{
    private const int MaxTitleChars = 200;
    private const int MaxNotes = 40;
    private const string MarkedNote = "Marked the greeting and the sign-off, so a reply built from several templates greets and signs once.";

    private readonly ImportOptions _options = options.Value;

    public ItemConversion Convert(HelpDeskItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var display = HelpDeskNames.Display(item.HelpDesk);
        if (string.IsNullOrWhiteSpace(item.Body))
        {
            return Refuse(item.HelpDesk == HelpDesk.Zendesk
                ? "the macro adds no reply text (no comment_value_html or comment_value action)"
                : "it has no text", item.Notes);
        }

        if (item.Body.Length > _options.MaxBodyChars)
        {
            return Refuse($"its text is {Sizes.Characters(item.Body.Length)} long; at most {Sizes.Characters(_options.MaxBodyChars)} are imported (KnowledgeBase:Import:MaxBodyChars)", []);
        }

        if (item.Format == BodyFormat.Html && item.Body.AsSpan().Count('<') is var tags && tags > _options.MaxHtmlTags)
        {
            return Refuse($"its HTML has {Sizes.Count(tags)} tags; at most {Sizes.Count(_options.MaxHtmlTags)} are read (KnowledgeBase:Import:MaxHtmlTags)", []);
        }

        var body = item.Format == BodyFormat.Html ? html.Convert(item.Body) : new ConvertedBody(PlainText(item.Body), []);
        if (body.Text.Trim().Length == 0)
        {
            return Refuse("its text is empty once the HTML is read", body.Notes);
        }

        if (body.Text.Length > _options.MaxTextChars)
        {
            return Refuse($"its reply text is {Sizes.Characters(body.Text.Length)} long; a reply stops at {Sizes.Characters(_options.MaxTextChars)} (KnowledgeBase:Import:MaxTextChars)", body.Notes);
        }

        var liquid = PlaceholderConverter.Convert(item.HelpDesk, body.Text);
        if (!liquid.IsValid)
        {
            return Refuse(liquid.Error!, body.Notes);
        }

        var (text, marked) = ReplyPartsMarking.Mark(liquid.Text);
        var importNotes = Cut([.. body.Notes, .. liquid.Notes, .. (marked ? new[] { MarkedNote } : [])]);
        var title = CutText(item.Title, MaxTitleChars);
        var sourceNotes = new List<string>(item.Notes);
        if (!item.Active)
        {
            sourceNotes.Insert(0, $"Inactive in {display}: agents there could not use it.");
        }

        var template = new ImportedTemplate(
            title,
            Slugs.Shortcut(item.Shortcut),
            Tags(item),
            liquid.Fields,
            item.Active ? null : "inactive",
            item.Source,
            string.Equals(item.SourceTitle, title, StringComparison.Ordinal) ? null : CutText(item.SourceTitle, _options.MaxMetadataChars),
            Cut(item.Categories),
            Cut(item.Restrictions),
            Cut(sourceNotes),
            importNotes,
            text);
        return new ItemConversion(template, null, importNotes);
    }

    private static ItemConversion Refuse(string reason, IReadOnlyList<string> notes) => new(null, reason, notes);

    private static List<string> Tags(HelpDeskItem item)
    {
        var tags = new List<string> { HelpDeskNames.Of(item.HelpDesk) };
        // Tags keep letters of any script ("доставка"); file and folder names are ASCII (Slugs.Of).
        tags.AddRange(item.Categories.Select(Slugs.Shortcut).OfType<string>());
        tags.AddRange(item.Keywords.Select(Slugs.Shortcut).OfType<string>());
        if (!item.Active)
        {
            tags.Add("inactive");
        }

        if (item.Restrictions.Count > 0)
        {
            tags.Add(item.Restrictions.Contains("personal") ? "personal" : "restricted");
        }

        return tags.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Take(MaxNotes).ToList();
    }

    /// <summary>Plain text kept as typed: line endings made LF, control characters dropped, trailing spaces and extra blank lines removed.</summary>
    private static string PlainText(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings("\n"))
        {
            if (c is '\n' or '\t' || !char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        var lines = ReplyTextWriter.Clean(clean.ToString()).Split('\n');
        var result = new StringBuilder();
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank = true;
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(blank ? "\n\n" : "\n");
            }

            result.Append(line);
            blank = false;
        }

        return result.ToString();
    }

    private List<string> Cut(IEnumerable<string> values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => CutText(v.Trim(), _options.MaxMetadataChars)).ToList();
        if (list.Count > MaxNotes)
        {
            var more = list.Count - MaxNotes;
            list = [.. list.Take(MaxNotes), $"… and {more} more."];
        }

        return list;
    }

    private static string CutText(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
