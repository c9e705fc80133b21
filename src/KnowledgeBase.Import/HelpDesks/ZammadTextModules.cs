using System.Text.Json;

namespace KnowledgeBase.Import.HelpDesks;

/// <summary>
/// Reads Zammad's <c>GET /api/v1/text_modules</c> answer: an array of text modules with
/// <c>name</c>, <c>keywords</c>, HTML <c>content</c>, <c>note</c>, <c>active</c> and <c>group_ids</c>
/// (<c>?expand=true</c> adds group names as <c>groups</c>; <c>?full=true</c>'s <c>assets.TextModule</c> works too).
/// </summary>
internal static class ZammadTextModules
{
    public const string Kind = "text-module";

    public static HelpDeskExport Read(JsonElement root)
    {
        IReadOnlyList<JsonElement> list = JsonFields.List(root, "text_modules") is { } array
            ? [.. array.EnumerateArray()]
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("assets", out var assets)
              && assets.ValueKind == JsonValueKind.Object && assets.TryGetProperty("TextModule", out var modules) && modules.ValueKind == JsonValueKind.Object
                ? [.. modules.EnumerateObject().Select(p => p.Value)]
                : throw new ExportReadException("this is not a Zammad text-modules export: expected the array GET /api/v1/text_modules returns");

        var items = new List<HelpDeskItem>();
        var problems = new List<ItemProblem>();
        for (var position = 0; position < list.Count; position++)
        {
            var module = list[position];
            if (ExportEntries.Check(module, position, HelpDesk.Zammad, Kind, "name", problems) is not { } entry)
            {
                continue;
            }

            var keywords = (JsonFields.Text(module, "keywords") ?? string.Empty)
                .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var groups = JsonFields.Texts(module, "groups");
            var restrictions = (groups.Count > 0 ? groups : JsonFields.Texts(module, "group_ids")).Select(g => $"group {g}").ToList();
            var note = JsonFields.Text(module, "note");
            items.Add(new HelpDeskItem(
                HelpDesk.Zammad,
                Kind,
                entry.Id,
                entry.Title,
                entry.Title,
                JsonFields.Text(module, "content"),
                BodyFormat.Html,
                Categories: [],
                Shortcut: keywords.FirstOrDefault(),
                Active: JsonFields.Bool(module, "active") ?? true,
                restrictions,
                ItemText.NonEmpty(string.IsNullOrWhiteSpace(note) ? null : $"Note: {note}"),
                keywords));
        }

        return new HelpDeskExport(HelpDesk.Zammad, items, problems);
    }
}
