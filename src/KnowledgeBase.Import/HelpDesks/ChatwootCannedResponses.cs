using System.Text.Json;

namespace KnowledgeBase.Import.HelpDesks;

/// <summary>
/// Reads Chatwoot's <c>GET /api/v1/accounts/{id}/canned_responses</c> answer: an array of
/// <c>{id, short_code, content}</c>. Chatwoot keeps no title, so the short code names the template,
/// and its content is the light Markdown its editor writes, kept as it is.
/// </summary>
internal static class ChatwootCannedResponses
{
    public const string Kind = "canned-response";

    public static HelpDeskExport Read(JsonElement root)
    {
        var list = JsonFields.List(root, "payload", "canned_responses")
            ?? throw new ExportReadException("this is not a Chatwoot canned-responses export: expected the array GET /api/v1/accounts/{id}/canned_responses returns");

        var items = new List<HelpDeskItem>();
        var problems = new List<ItemProblem>();
        var position = -1;
        foreach (var response in list.EnumerateArray())
        {
            position++;
            if (ExportEntries.Check(response, position, HelpDesk.Chatwoot, Kind, "short_code", problems) is not { } entry)
            {
                continue;
            }

            items.Add(new HelpDeskItem(
                HelpDesk.Chatwoot,
                Kind,
                entry.Id,
                ItemText.Humanize(entry.Title),
                entry.Title,
                JsonFields.Text(response, "content"),
                BodyFormat.Text,
                Categories: [],
                Shortcut: entry.Title,
                Active: true,
                Restrictions: [],
                Notes: [],
                Keywords: []));
        }

        return new HelpDeskExport(HelpDesk.Chatwoot, items, problems);
    }
}
