using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Links;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Web.Services;

/// <summary>
/// Documents rendered to sanitized HTML by the shared Markdown pipeline, with links to other
/// documents pointing at their pages. Cached per document version (content hash).
/// </summary>
public sealed partial class DocumentHtml(MarkdownRenderer markdown, ContentLibrary library)
{
    private readonly ConcurrentDictionary<(string Id, string Hash, string? Channel), string> _cache = new();

    /// <summary>An article's body, or a template's text for one channel (null: the default text).</summary>
    public string Render(ContentDocument document, string? channel = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_cache.Count > 5_000)
        {
            _cache.Clear();
        }

        return _cache.GetOrAdd((document.Id, document.ContentHash, channel), _ => document is ReplyTemplate template
            ? MarkPlaceholders(markdown.ToHtml(template.VariantFor(channel).Body, url => Rewrite(document, url)))
            : markdown.ToHtml(document.Body, url => Rewrite(document, url)));
    }

    /// <summary>
    /// Renders without caching: the editor's preview changes with every pause in typing, and caching
    /// each version (hundreds of KB for a long SOP) would only fill memory.
    /// </summary>
    public string RenderUncached(ContentDocument document, string? channel = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document is ReplyTemplate template
            ? MarkPlaceholders(markdown.ToHtml(template.VariantFor(channel).Body, url => Rewrite(document, url)))
            : markdown.ToHtml(document.Body, url => Rewrite(document, url));
    }

    /// <summary>A link to another document becomes a link to its page; anything else stays as written.</summary>
    private string? Rewrite(ContentDocument from, string url)
    {
        var id = ContentLinks.ResolveDocumentId(from.RelativePath, url);
        return id is not null && library.Current.Contains(id) ? DocumentUrls.For(id, ContentLinks.AnchorPart(url)) : null;
    }

    /// <summary>Shows <c>{{ customer.first_name }}</c> as a placeholder chip, in text only (never inside a tag).</summary>
    private static string MarkPlaceholders(string html) =>
        string.Concat(Tag().Split(html).Select(part => part.StartsWith('<')
            ? part
            : Placeholder().Replace(part, m => $"<span class=\"placeholder\">{m.Value}</span>")));

    [GeneratedRegex("(<[^>]*>)")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}")]
    private static partial Regex Placeholder();
}
