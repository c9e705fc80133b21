using System.Text;

namespace KnowledgeBase.Content.Media;

/// <summary>The Markdown that shows an attached file: an image, or a link to a document such as a PDF.</summary>
public static class MediaMarkdown
{
    /// <summary>
    /// <c>![screenshot](/media/en/x.png)</c> or <c>[refund-form.pdf](/media/en/x.pdf)</c>. The text
    /// comes from the file's original name (an image's alt text without the extension; pasted
    /// screenshots are all called "image", which the lead then replaces), with Markdown's brackets escaped.
    /// </summary>
    public static string For(MediaType type, string? originalName, string url)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(url);
        var name = Path.GetFileName((originalName ?? "").Replace('\\', '/')).Trim();
        if (type.IsImage)
        {
            var alt = Escape(Path.GetFileNameWithoutExtension(name));
            return $"![{(alt.Length == 0 ? "image" : alt)}]({url})";
        }

        var text = Escape(name);
        return $"[{(text.Length == 0 ? "document." + type.Extension : text)}]({url})";
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text.Length > 100 ? text[..100] : text)
        {
            if (char.IsControl(c))
            {
                continue;
            }

            if (c is '[' or ']' or '\\' or '*' or '_' or '`' or '<' or '>' or '!')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString().Trim();
    }
}
