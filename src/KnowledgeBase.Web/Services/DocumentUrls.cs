using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Web.Services;

/// <summary>
/// Where documents live in the app: <c>articles/en/shipping/delivery-times</c> is shown at
/// <c>/articles/en/shipping/delivery-times</c>, a section at <c>…#where-orders-ship-from</c>.
/// Documents from folders that do not follow the layout are shown under <c>/articles/</c> too.
/// </summary>
public static class DocumentUrls
{
    public static string For(string id, string? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var path = id.StartsWith(ContentLayout.ArticlesFolder + "/", StringComparison.Ordinal) || id.StartsWith(ContentLayout.TemplatesFolder + "/", StringComparison.Ordinal)
            ? id
            : $"{ContentLayout.ArticlesFolder}/{id}";
        var encoded = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return anchor is null ? $"/{encoded}" : $"/{encoded}#{Uri.EscapeDataString(anchor)}";
    }

    public static string For(ContentDocument document, string? anchor = null) => For(document.Id, anchor);

    /// <summary>The editor for a document: <c>/edit/articles/en/…</c>.</summary>
    public static string Edit(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return "/edit/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString));
    }

    /// <summary>The document a page route names: <c>/articles/{path}</c> or <c>/templates/{path}</c>.</summary>
    public static ContentDocument? Resolve(ContentSet content, string folder, string? path)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var trimmed = Uri.UnescapeDataString(path).Trim('/');
        return content.Find($"{folder}/{trimmed}") ?? (folder == ContentLayout.ArticlesFolder ? content.Find(trimmed) : null);
    }
}
