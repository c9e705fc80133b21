using System.Text.Json;

namespace KnowledgeBase.Import.HelpDesks;

/// <summary>The checks every reader makes on one entry of an export before reading it.</summary>
internal static class ExportEntries
{
    /// <summary>The entry's id and title, or null after adding the reason it cannot be imported to <paramref name="problems"/>.</summary>
    public static (string Id, string Title)? Check(
        JsonElement entry, int position, HelpDesk helpDesk, string kind, string titleProperty, List<ItemProblem> problems, string? fallbackTitle = null)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ItemProblem(position, null, null, $"entry {position + 1} is not an object but {entry.ValueKind.ToString().ToLowerInvariant()}"));
            return null;
        }

        var id = JsonFields.Id(entry);
        var title = JsonFields.Text(entry, titleProperty)?.Trim();
        if (id is null)
        {
            var raw = JsonFields.Text(entry, "id");
            problems.Add(new ItemProblem(position, null, title, raw is null
                ? $"entry {position + 1} has no id, so a second import could not find its template again"
                : $"entry {position + 1} has an id that is not a plain number or name ('{Cut(raw)}')"));
            return null;
        }

        var source = $"{HelpDeskNames.Of(helpDesk)}:{kind}:{id}";
        if (JsonFields.HasWrongType(entry, titleProperty))
        {
            problems.Add(new ItemProblem(position, source, null, $"'{titleProperty}' is not text"));
            return null;
        }

        title = string.IsNullOrWhiteSpace(title) ? fallbackTitle : title;
        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add(new ItemProblem(position, source, null, $"it has no {titleProperty}"));
            return null;
        }

        return (id, title);
    }

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
