using System.Globalization;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Web.Authoring;

/// <summary>
/// Converts between a file and the editor form. Writing back touches only the front matter keys
/// whose form value changed, so comments, key order, quoting and keys the app does not know about
/// survive an edit in the browser, and git shows only what the lead changed.
/// </summary>
public static class DraftComposer
{
    /// <summary>A new file's starting text: empty front matter.</summary>
    public const string EmptyFile = "---\n---\n";

    /// <summary>The form values of a parsed document.</summary>
    public static EditorDraft FromDocument(ContentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var draft = new EditorDraft
        {
            Kind = document.Kind,
            Title = document.Title,
            Tags = string.Join(", ", document.Tags),
            Body = document.Body,
        };
        switch (document)
        {
            case Article article:
                draft.Summary = article.Summary ?? "";
                draft.Aliases = string.Join("\n", article.Aliases);
                draft.Owner = article.Owner ?? "";
                draft.ReviewEvery = article.ReviewEvery?.ToString(CultureInfo.InvariantCulture) ?? "";
                draft.Reviewed = article.Reviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
                break;
            case ReplyTemplate template:
                draft.Shortcut = template.Shortcut?.Value ?? "";
                draft.Channels = string.Join(", ", template.Channels);
                draft.Examples = string.Join("\n", template.Examples);
                draft.Fields = template.Fields.Select(f => new FieldDraft
                {
                    Name = f.Name,
                    Label = f.Label == f.Name ? "" : f.Label,
                    Type = f.Type.ToString().ToLowerInvariant(),
                    Required = f.Required,
                    Default = f.Default ?? "",
                    Options = string.Join(", ", f.Options),
                }).ToList();
                break;
        }

        return draft;
    }

    /// <summary>
    /// The file text for <paramref name="draft"/>: <paramref name="original"/> with the keys that differ
    /// from <paramref name="opened"/> (the form as it was loaded) rewritten, and the new body.
    /// </summary>
    public static string Compose(string original, EditorDraft opened, EditorDraft draft)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(opened);
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.IsRaw)
        {
            return draft.Body;
        }

        var text = original;
        foreach (var (key, render) in Keys(draft.Kind))
        {
            var wanted = render(draft);
            if (wanted != render(opened))
            {
                text = FrontMatterEditor.Set(text, key, wanted);
            }
        }

        return FrontMatterEditor.ReplaceBody(text, draft.Body);
    }

    private static IEnumerable<(string Key, Func<EditorDraft, string?> Render)> Keys(DocumentKind kind)
    {
        yield return ("title", d => FrontMatterEditor.ScalarEntry("title", d.Title));
        if (kind == DocumentKind.Article)
        {
            yield return ("summary", d => FrontMatterEditor.ScalarEntry("summary", d.Summary));
        }
        else
        {
            yield return ("shortcut", d => FrontMatterEditor.ScalarEntry("shortcut", d.Shortcut.Trim().TrimStart('/')));
        }

        yield return ("tags", d => FrontMatterEditor.ListEntry("tags", Split(d.Tags, ',')));
        if (kind == DocumentKind.Article)
        {
            yield return ("aliases", d => FrontMatterEditor.ListEntry("aliases", Split(d.Aliases, '\n')));
            yield return ("owner", d => FrontMatterEditor.ScalarEntry("owner", d.Owner));
            yield return ("reviewed", d => FrontMatterEditor.ScalarEntry("reviewed", d.Reviewed));
            yield return ("review_every", d => FrontMatterEditor.ScalarEntry("review_every", d.ReviewEvery));
        }
        else
        {
            yield return ("channels", d => FrontMatterEditor.ListEntry("channels", Split(d.Channels, ',')));
            yield return ("fields", d => FieldsEntry(d.Fields));
            yield return ("examples", d => FrontMatterEditor.ListEntry("examples", Split(d.Examples, '\n')));
        }
    }

    private static string? FieldsEntry(IReadOnlyList<FieldDraft> fields)
    {
        var items = fields.Where(f => !string.IsNullOrWhiteSpace(f.Name)).Select(f =>
        {
            var lines = new List<string> { $"  - name: {FrontMatterEditor.Scalar(f.Name.Trim())}" };
            if (!string.IsNullOrWhiteSpace(f.Label))
            {
                lines.Add($"    label: {FrontMatterEditor.Scalar(f.Label.Trim())}");
            }

            if (!string.IsNullOrWhiteSpace(f.Type) && !f.Type.Equals("text", StringComparison.OrdinalIgnoreCase))
            {
                lines.Add($"    type: {FrontMatterEditor.Scalar(f.Type.Trim())}");
            }

            if (f.Required)
            {
                lines.Add("    required: true");
            }

            if (!string.IsNullOrWhiteSpace(f.Default))
            {
                lines.Add($"    default: {FrontMatterEditor.Scalar(f.Default.Trim())}");
            }

            var options = Split(f.Options, ',').ToList();
            if (options.Count > 0)
            {
                lines.Add("    options:");
                lines.AddRange(options.Select(o => $"      - {FrontMatterEditor.Scalar(o)}"));
            }

            return string.Join("\n", lines);
        }).ToList();
        return items.Count == 0 ? null : "fields:\n" + string.Join("\n", items);
    }

    private static IEnumerable<string> Split(string text, char separator) =>
        text.Split(separator).Select(s => s.Trim()).Where(s => s.Length > 0);
}
