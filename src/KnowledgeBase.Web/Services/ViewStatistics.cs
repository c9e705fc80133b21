using System.Collections.Concurrent;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Web.Services;

/// <summary>
/// How often each document was opened, for "most viewed" lists. Until views are stored with
/// accounts, counts live in memory; with none yet, the SOPs most referred to by other documents
/// stand in, since those are the ones teams lean on.
/// </summary>
public sealed class ViewStatistics
{
    private readonly ConcurrentDictionary<string, int> _views = new(StringComparer.Ordinal);

    public void Record(string id) => _views.AddOrUpdate(id, 1, (_, count) => count + 1);

    /// <summary>How often the document was opened since start.</summary>
    public int Count(string id) => _views.GetValueOrDefault(id);

    public IReadOnlyList<Article> MostViewed(ContentSet content, string? language, int count)
    {
        ArgumentNullException.ThrowIfNull(content);
        var references = content.Documents
            .SelectMany(d => d.Related.Select(r => r.Value))
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return [.. content.Articles
            .Where(a => language is null || a.Language == language)
            .OrderByDescending(a => _views.GetValueOrDefault(a.Id))
            .ThenByDescending(a => references.GetValueOrDefault(a.Id))
            .ThenBy(a => a.Title, StringComparer.CurrentCulture)
            .Take(count)];
    }
}
