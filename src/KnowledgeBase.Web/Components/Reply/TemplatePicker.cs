using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Web.Components.Reply;

/// <summary>
/// The templates offered for what follows a "/" in the composer: shortcuts first (exact, then
/// prefix), then titles with a word starting so, then what a search for the text finds. Templates
/// in the reply's language come first within each group.
/// </summary>
public static class TemplatePicker
{
    public static IReadOnlyList<ReplyTemplate> Find(ContentSet content, ISearchService search, string query, string? language, int count)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(search);
        query = (query ?? string.Empty).Trim();
        var templates = content.Templates
            .OrderBy(t => language is null || t.Language == language ? 0 : 1)
            .ThenBy(t => t.Title, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        if (query.Length == 0)
        {
            return [.. templates.Take(count)];
        }

        var picked = new List<ReplyTemplate>();
        void Add(IEnumerable<ReplyTemplate> group)
        {
            foreach (var template in group)
            {
                if (picked.Count < count && !picked.Contains(template))
                {
                    picked.Add(template);
                }
            }
        }

        Add(templates.Where(t => string.Equals(t.Shortcut?.Value, query, StringComparison.OrdinalIgnoreCase)));
        Add(templates.Where(t => t.Shortcut?.Value.StartsWith(query, StringComparison.OrdinalIgnoreCase) == true));
        Add(templates.Where(t => t.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(word => word.StartsWith(query, StringComparison.CurrentCultureIgnoreCase))));
        if (picked.Count < count && query.Length >= 3)
        {
            var found = search.Search(new SearchRequest(query) { Kind = DocumentKind.Template, PreferredLanguage = language, Top = count });
            Add(found.Results.Select(hit => content.Find(hit.Id)).OfType<ReplyTemplate>());
        }

        return picked;
    }
}
