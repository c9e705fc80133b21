using System.Text.Json;

namespace KnowledgeBase.Import.HelpDesks;

/// <summary>
/// Reads Freshdesk canned responses. Freshdesk's API has no single call for all of them, so three
/// shapes are accepted: <c>{"folders": [...], "responses": [...]}</c> (the answers of
/// <c>GET /api/v2/canned_response_folders</c> and of each folder's <c>/responses</c>, put side by side),
/// an array of folders each with its <c>canned_responses</c> (<c>GET …/canned_response_folders/{id}</c>),
/// or the bare array of responses of one folder. The folder's name becomes the category.
/// </summary>
internal static class FreshdeskCannedResponses
{
    public const string Kind = "canned-response";

    public static HelpDeskExport Read(JsonElement root)
    {
        var folders = new Dictionary<string, (string Name, bool Personal)>(StringComparer.Ordinal);
        var responses = new List<JsonElement>();
        if (root.ValueKind == JsonValueKind.Object && (root.TryGetProperty("folders", out _) || root.TryGetProperty("responses", out _)))
        {
            AddFolders(JsonFields.Array(root, "folders"), folders, responses);
            responses.AddRange(JsonFields.Array(root, "responses"));
            responses.AddRange(JsonFields.Array(root, "canned_responses"));
        }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("canned_responses", out _))
        {
            AddFolders([root], folders, responses);
        }
        else if (root.ValueKind == JsonValueKind.Array)
        {
            var entries = root.EnumerateArray().ToList();
            AddFolders(entries.Where(IsFolder), folders, responses);
            responses.AddRange(entries.Where(e => !IsFolder(e)));
        }
        else
        {
            throw new ExportReadException(
                "this is not a Freshdesk canned-responses export: expected {\"folders\": [...], \"responses\": [...]}, " +
                "an array of folders with their canned_responses, or an array of responses");
        }

        var items = new List<HelpDeskItem>();
        var problems = new List<ItemProblem>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var position = 0; position < responses.Count; position++)
        {
            var response = responses[position];
            if (ExportEntries.Check(response, position, HelpDesk.Freshdesk, Kind, "title", problems) is not { } entry)
            {
                continue;
            }

            var item = ToItem(response, entry.Id, entry.Title, folders);

            // A response listed under its folder and again in "responses": keep the copy that has its text.
            if (seen.TryGetValue(entry.Id, out var earlier))
            {
                if (items[earlier].Body is null && item.Body is not null)
                {
                    items[earlier] = item;
                }

                continue;
            }

            seen[entry.Id] = items.Count;
            items.Add(item);
        }

        return new HelpDeskExport(HelpDesk.Freshdesk, items, problems);
    }

    private static bool IsFolder(JsonElement entry) => entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("canned_responses", out _);

    private static void AddFolders(IEnumerable<JsonElement> entries, Dictionary<string, (string Name, bool Personal)> folders, List<JsonElement> responses)
    {
        foreach (var folder in entries)
        {
            if (JsonFields.Id(folder) is { } id && JsonFields.Text(folder, "name") is { } name)
            {
                folders[id] = (name.Trim(), JsonFields.Bool(folder, "personal") ?? false);
            }

            responses.AddRange(JsonFields.Array(folder, "canned_responses"));
        }
    }

    private static HelpDeskItem ToItem(JsonElement response, string id, string title, Dictionary<string, (string Name, bool Personal)> folders)
    {
        var html = JsonFields.Text(response, "content_html");
        var text = JsonFields.Text(response, "content");
        var folderId = JsonFields.Text(response, "folder_id");
        var folder = folderId is not null && folders.TryGetValue(folderId, out var known) ? known : default;
        IReadOnlyList<string> categories = folder.Name is { Length: > 0 } ? [folder.Name] : folderId is null ? [] : [$"Folder {folderId}"];

        var restrictions = new List<string>();
        switch (JsonFields.Number(response, "visibility"))
        {
            case 1:
                restrictions.Add("personal");
                break;
            case 2:
                restrictions.AddRange(JsonFields.Texts(response, "group_ids").Select(g => $"group {g}"));
                if (restrictions.Count == 0)
                {
                    restrictions.Add("selected groups");
                }

                break;
        }

        if (folder.Personal && !restrictions.Contains("personal"))
        {
            restrictions.Add("personal");
        }

        var notes = JsonFields.Array(response, "attachments")
            .Select(a => JsonFields.Text(a, "name") ?? "an attachment")
            .Select(name => $"In Freshdesk it has the attachment {name}, which was not imported.")
            .ToList();

        return new HelpDeskItem(
            HelpDesk.Freshdesk,
            Kind,
            id,
            title,
            title,
            html ?? text,
            html is not null ? BodyFormat.Html : BodyFormat.Text,
            categories,
            Shortcut: null,
            Active: true,
            restrictions,
            notes,
            Keywords: []);
    }
}
