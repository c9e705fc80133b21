using System.Text.Json;

namespace KnowledgeBase.Import.HelpDesks;

/// <summary>
/// Reads Zendesk's <c>GET /api/v2/macros</c> answer (<c>{"macros": [...], "next_page": …}</c>; one
/// macro's <c>{"macro": {...}}</c> and a bare array work too). The reply is the
/// <c>comment_value_html</c> action, else <c>comment_value</c> (a string, or <c>["channel:all", "text"]</c>);
/// every other action is something a template cannot do, and is kept as a note.
/// </summary>
internal static class ZendeskMacros
{
    public const string Kind = "macro";

    public static HelpDeskExport Read(JsonElement root)
    {
        IReadOnlyList<JsonElement> list = JsonFields.List(root, "macros") is { } macros
            ? [.. macros.EnumerateArray()]
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("macro", out var one) && one.ValueKind == JsonValueKind.Object
                ? [one]
                : throw new ExportReadException("this is not a Zendesk macros export: expected {\"macros\": [...]} as GET /api/v2/macros returns it");

        var items = new List<HelpDeskItem>();
        var problems = new List<ItemProblem>();
        var position = -1;
        foreach (var macro in list)
        {
            position++;
            if (ExportEntries.Check(macro, position, HelpDesk.Zendesk, Kind, "title", problems) is not { } checkedEntry)
            {
                continue;
            }

            var (categories, title) = ItemText.SplitCategories(checkedEntry.Title);
            var (body, format, notes) = Actions(macro);
            var description = JsonFields.Text(macro, "description");
            items.Add(new HelpDeskItem(
                HelpDesk.Zendesk,
                Kind,
                checkedEntry.Id,
                title,
                checkedEntry.Title,
                body,
                format,
                categories,
                Shortcut: null,
                Active: JsonFields.Bool(macro, "active") ?? true,
                Restrictions: Restriction(macro),
                Notes: [.. ItemText.NonEmpty(description is null ? null : $"Description: {description}"), .. notes],
                Keywords: []));
        }

        return new HelpDeskExport(HelpDesk.Zendesk, items, problems);
    }

    private static (string? Body, BodyFormat Format, List<string> Notes) Actions(JsonElement macro)
    {
        string? html = null;
        string? text = null;
        var notes = new List<string>();
        foreach (var action in JsonFields.Array(macro, "actions"))
        {
            var field = JsonFields.Text(action, "field");
            if (field is null)
            {
                continue;
            }

            var value = action.TryGetProperty("value", out var raw) ? raw : default;
            switch (field)
            {
                case "comment_value_html":
                    html ??= JsonFields.AsText(value);
                    break;
                case "comment_value":
                    // Older macros keep the channel beside the text: ["channel:all", "Thanks for …"].
                    text ??= value.ValueKind == JsonValueKind.Array
                        ? value.EnumerateArray().Select(JsonFields.AsText).LastOrDefault(t => t is not null)
                        : JsonFields.AsText(value);
                    break;
                case "comment_mode_is_public" when JsonFields.AsText(value) is "false" || value.ValueKind == JsonValueKind.False:
                    notes.Add("In Zendesk this macro adds an internal note, not a public reply (comment_mode_is_public: false).");
                    break;
                case "comment_mode_is_public":
                    break;
                default:
                    notes.Add($"In Zendesk this macro also sets {field}: {Describe(value)}.");
                    break;
            }
        }

        return html is not null ? (html, BodyFormat.Html, notes) : (text, BodyFormat.Text, notes);
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => JsonFields.AsText(v) ?? v.GetRawText())),
        JsonValueKind.Undefined => "(nothing)",
        _ => JsonFields.AsText(value) ?? value.GetRawText(),
    };

    /// <summary><c>{"type": "Group", "id": 1, "ids": [1, 2]}</c> → <c>group 1</c>, <c>group 2</c>; null means everyone.</summary>
    private static IReadOnlyList<string> Restriction(JsonElement macro)
    {
        if (!macro.TryGetProperty("restriction", out var restriction) || restriction.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var type = (JsonFields.Text(restriction, "type") ?? "restricted").ToLowerInvariant();
        var ids = JsonFields.Texts(restriction, "ids");
        if (ids.Count == 0 && JsonFields.Text(restriction, "id") is { } id)
        {
            ids = [id];
        }

        return ids.Count == 0 ? [type] : ids.Select(i => $"{type} {i}").ToList();
    }
}
