using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Import.Html;

/// <summary>
/// Turns a help desk's HTML body into reply text: paragraphs separated by a blank line, line breaks
/// kept, lists as <c>- item</c> and <c>1. step</c> (nested ones indented), links as
/// <c>text (address)</c>, quotes as <c>&gt; …</c>. That is clean Markdown and also exactly what the
/// reply composer sends as plain text and turns into HTML for e-mail (<c>ReplyHtml</c>), so nothing
/// reaches a customer as markup. Bold and italics are left out for the same reason; scripts, forms,
/// frames, images and links to scripts are removed. Every such change is listed in the notes.
/// </summary>
/// <remarks>
/// The HTML is parsed by AngleSharp (an HTML5 parser), never taken apart with patterns. The parser
/// bounds how deep elements nest, and this walk bounds its own recursion too, so a hostile body
/// thousands of levels deep cannot overflow the stack.
/// </remarks>
public sealed class HtmlReplyConverter(IOptions<ImportOptions> options)
{
    private static readonly HashSet<string> Removed = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet",
        "form", "input", "button", "select", "textarea", "svg", "math", "canvas", "video", "audio", "head", "meta", "link", "title", "base",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "center", "address",
        "figure", "figcaption", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "details", "summary", "body", "html",
    };

    private static readonly HashSet<string> Emphasis = new(StringComparer.Ordinal) { "b", "strong", "i", "em", "u", "mark" };

    private readonly ImportOptions _options = options.Value;

    public ConvertedBody Convert(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(new HtmlParserOptions
        {
            // html and body come first; a little room above our own limit lets the walk below notice it.
            MaximumDepth = _options.MaxHtmlDepth + 8,
            IsScripting = false,
            SkipComments = true,
        });
        using var document = parser.ParseDocument(html);
        var walk = new Walk(_options.MaxHtmlDepth);
        var writer = new ReplyTextWriter();
        if (document.Body is { } body)
        {
            walk.Children(body, writer, 0);
        }

        return new ConvertedBody(writer.Result(), walk.Notes);
    }

    /// <summary>One conversion's state: its notes, each said once.</summary>
    private sealed class Walk(int maxDepth)
    {
        private readonly HashSet<string> _said = new(StringComparer.Ordinal);

        public List<string> Notes { get; } = [];

        public void Children(INode parent, ReplyTextWriter writer, int depth)
        {
            foreach (var child in parent.ChildNodes)
            {
                Node(child, writer, depth + 1);
            }
        }

        private void Node(INode node, ReplyTextWriter writer, int depth)
        {
            if (node.NodeType == NodeType.Text)
            {
                writer.Text(node.TextContent);
                return;
            }

            if (node is not IElement element)
            {
                return;
            }

            if (depth > maxDepth)
            {
                Note($"HTML nested deeper than {maxDepth} levels was read as plain text.");
                writer.Text(element.TextContent);
                return;
            }

            var name = element.LocalName;
            if (Removed.Contains(name))
            {
                Note($"Removed <{name}>: replies are text.");
                return;
            }

            switch (name)
            {
                case "br":
                    writer.LineBreak();
                    return;
                case "hr":
                    writer.Block("---");
                    return;
                case "img":
                    var image = element.GetAttribute("alt") is { Length: > 0 } alt ? $"“{alt}”" : element.GetAttribute("src") ?? "without an address";
                    Note($"Left out an image ({Short(image)}): images are not imported with templates.");
                    return;
                case "ul" or "ol":
                    writer.Block(ListText(element, depth));
                    return;
                case "li":
                    // A list item outside a list: still an item.
                    writer.Block("- " + Indent(Inner(element, depth, tight: true), "  "));
                    return;
                case "blockquote":
                    writer.Block(string.Join('\n', Inner(element, depth, tight: false).Split('\n').Select(l => l.Length == 0 ? ">" : "> " + l)));
                    return;
                case "pre":
                    writer.Block(element.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n'));
                    return;
                case "table":
                    writer.Block(Table(element, depth));
                    return;
                case "a":
                    Link(element, writer, depth);
                    return;
            }

            if (Emphasis.Contains(name) && element.TextContent.Trim().Length > 0)
            {
                Note("Bold, italics and underlining are left out: replies are sent as plain text.");
            }

            var block = Blocks.Contains(name);
            if (block)
            {
                writer.EndBlock();
            }

            Children(element, writer, depth);
            if (block)
            {
                writer.EndBlock();
            }
        }

        private string ListText(IElement list, int depth)
        {
            var ordered = list.LocalName == "ol";
            var number = ordered && int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
            var lines = new List<string>();
            foreach (var child in list.ChildNodes)
            {
                if (child is IElement { LocalName: "li" } item)
                {
                    var marker = ordered ? $"{number++}. " : "- ";
                    var text = Inner(item, depth, tight: true);
                    lines.Add(marker + Indent(text, new string(' ', marker.Length)));
                }
                else if (child is IElement { LocalName: "ul" or "ol" } nested)
                {
                    // <ul><li>a</li><ul><li>b</li></ul></ul>: what editors write for a sub-list.
                    lines.Add(Indent("  " + ListText(nested, depth + 1), "  "));
                }
                else
                {
                    // Text or another element straight inside the list: kept as a line of its own.
                    var loose = new ReplyTextWriter();
                    Node(child, loose, depth + 1);
                    lines.Add(loose.Result(tight: true));
                }
            }

            return string.Join('\n', lines.Where(l => l.Trim().Length > 0));
        }

        private string Table(IElement table, int depth)
        {
            var rows = table.QuerySelectorAll("tr")
                .Select(row => string.Join(" | ", row.Children
                    .Where(cell => cell.LocalName is "td" or "th")
                    .Select(cell => Inner(cell, depth, tight: true).Replace('\n', ' '))))
                .Where(row => row.Trim().Length > 0);
            return string.Join('\n', rows);
        }

        private void Link(IElement link, ReplyTextWriter writer, int depth)
        {
            var text = Inner(link, depth, tight: true).Replace('\n', ' ').Trim();
            var href = (link.GetAttribute("href") ?? string.Empty).Trim();
            if (href.Contains("%7B", StringComparison.OrdinalIgnoreCase))
            {
                // Rich-text editors percent-encode a placeholder written into a link: %7B%7Bticket.url%7D%7D.
                href = Uri.UnescapeDataString(href);
            }

            var scheme = new string(href.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
            string result;
            if (href.Length == 0 || href.StartsWith('#'))
            {
                result = text;
            }
            else if (scheme.StartsWith("javascript:", StringComparison.Ordinal) || scheme.StartsWith("vbscript:", StringComparison.Ordinal)
                     || scheme.StartsWith("data:", StringComparison.Ordinal))
            {
                Note($"Removed a link to {scheme[..scheme.IndexOf(':', StringComparison.Ordinal)]}: content; its text is kept.");
                result = text;
            }
            else if (scheme.StartsWith("mailto:", StringComparison.Ordinal))
            {
                var address = Uri.UnescapeDataString(href[(href.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('?')[0]);
                result = text.Length == 0 || string.Equals(text, address, StringComparison.OrdinalIgnoreCase) ? address : $"{text} ({address})";
            }
            else if (scheme.StartsWith("http://", StringComparison.Ordinal) || scheme.StartsWith("https://", StringComparison.Ordinal)
                     || href.StartsWith("{{", StringComparison.Ordinal) || href.StartsWith("#{", StringComparison.Ordinal))
            {
                result = text.Length == 0 || string.Equals(text, href, StringComparison.Ordinal) ? href : $"{text} ({href})";
            }
            else
            {
                Note($"Left out the address of a link that points inside the help desk ({Short(href)}); its text is kept.");
                result = text;
            }

            writer.Raw(result);
        }

        /// <summary>An element's content converted on its own (a list item, a cell, a quote).</summary>
        private string Inner(INode node, int depth, bool tight)
        {
            var inner = new ReplyTextWriter();
            Children(node, inner, depth);
            return inner.Result(tight);
        }

        private void Note(string note)
        {
            if (_said.Add(note))
            {
                Notes.Add(note);
            }
        }

        private static string Indent(string text, string indent) => text.Replace("\n", "\n" + indent, StringComparison.Ordinal);

        private static string Short(string text) => text.Length <= 80 ? text : text[..80] + "…";
    }
}
