using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using System.Net;
using Ganss.Xss;
using KnowledgeBase.Content.Limits;
using KnowledgeBase.Content.Links;
using KnowledgeBase.Content.Media;
using KnowledgeBase.Content.Model;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Content.Markdown;

/// <summary>
/// The one Markdown pipeline every part of the app shares: GitHub-style tables, task lists, alert
/// blocks, emphasis extras and heading anchors; raw HTML is shown as text and the output is
/// sanitized, so no <c>&lt;script&gt;</c>, event handler or <c>javascript:</c> link survives.
/// Markdown too complex to parse in bounded time (<see cref="MarkdownComplexity"/>), or nested past
/// Markdig's depth limit, is never handed to the page as an exception: it renders as a notice
/// saying so, and analyses as plain text with <see cref="MarkdownAnalysis.Problem"/> set.
/// Thread-safe; register as a singleton.
/// </summary>
public sealed partial class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly HtmlSanitizer _sanitizer;
    private readonly ContentLimitsOptions _limits;

    // A plain-text renderer costs more to build (dozens of object renderers) than a short document
    // costs to render: a bulk load of 20,000 files built 20,000 of them. Kept and reused instead.
    private readonly ConcurrentBag<PlainTextWriter> _plainWriters = [];

    /// <summary>A renderer with the default limits.</summary>
    public MarkdownRenderer()
        : this(Options.Create(new ContentLimitsOptions()))
    {
    }

    public MarkdownRenderer(IOptions<ContentLimitsOptions> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        _limits = limits.Value;
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseTaskLists()
            .UseEmphasisExtras()
            .UseAlertBlocks()
            .UseFootnotes()
            .UseListExtras()
            .UseAutoLinks()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseReferralLinks("noopener", "noreferrer")
            .DisableHtml()
            .Build();

        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Add("id");
    }

    /// <summary>Renders Markdown to sanitized HTML.</summary>
    /// <param name="rewriteLink">Maps a link URL as written to the URL to emit (null keeps it).</param>
    public string ToHtml(string markdown, Func<string, string?>? rewriteLink = null)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (Parse(markdown, out var problem) is not { } document)
        {
            return TooComplexHtml(problem);
        }

        if (rewriteLink is not null)
        {
            foreach (var link in document.Descendants<LinkInline>())
            {
                if (link.Url is { } url && rewriteLink(url) is { } rewritten)
                {
                    link.Url = rewritten;
                }
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return _sanitizer.Sanitize(writer.ToString());
    }

    /// <summary>Renders Markdown to plain text (no markup, no HTML).</summary>
    public string ToPlainText(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (Check(markdown) is not null)
        {
            return markdown.Trim();
        }

        try
        {
            return Markdig.Markdown.ToPlainText(markdown, _pipeline).Trim();
        }
        catch (Exception ex) when (IsTooDeep(ex))
        {
            return markdown.Trim();
        }
    }

    /// <summary>
    /// Splits a body into sections at H2 and H3 headings and collects its relative links.
    /// </summary>
    /// <param name="bodyLine">1-based file line where <paramref name="markdown"/> starts.</param>
    public MarkdownAnalysis Analyze(string markdown, int bodyLine = 1)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (Parse(markdown, out var problem) is not { } document)
        {
            // Still searchable: the whole body as one plain-text section.
            var whole = markdown.Trim();
            return new MarkdownAnalysis(whole.Length == 0 ? [] : [new Section(null, string.Empty, 0, whole, bodyLine)], [], problem);
        }

        var plain = RentPlainWriter();
        try
        {
            return Analyze(document, plain, bodyLine);
        }
        finally
        {
            _plainWriters.Add(plain);
        }
    }

    private static MarkdownAnalysis Analyze(MarkdownDocument document, PlainTextWriter plain, int bodyLine)
    {
        var sections = new List<Section>();

        HeadingBlock? heading = null;
        var text = new StringBuilder();
        var firstLine = bodyLine;

        void Flush()
        {
            var body = text.ToString().Trim();
            if (heading is null)
            {
                if (body.Length > 0)
                {
                    sections.Add(new Section(null, string.Empty, 0, body, firstLine));
                }
            }
            else
            {
                var anchor = heading.GetAttributes().Id ?? string.Empty;
                sections.Add(new Section(anchor, plain.Render(heading.Inline), heading.Level, body, bodyLine + heading.Line));
            }

            text.Clear();
        }

        var isFirstBlock = true;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 or 3 } next)
            {
                Flush();
                heading = next;
                continue;
            }

            if (isFirstBlock && heading is null)
            {
                firstLine = bodyLine + block.Line;
            }

            isFirstBlock = false;
            text.Append(plain.Render(block)).Append('\n');
        }

        Flush();
        return new MarkdownAnalysis(sections, CollectLinks(document, bodyLine)) { MediaLinks = CollectMediaLinks(document, bodyLine) };
    }

    /// <summary>
    /// Cuts Markdown source at top-level headings of one level whose text satisfies
    /// <paramref name="isSplit"/>; the source between them is returned untouched (not rendered).
    /// </summary>
    public IReadOnlyList<HeadingSplit> SplitAtHeadings(string markdown, int bodyLine, int level, Func<string, bool> isSplit)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(isSplit);
        if (Parse(markdown, out _) is not { } document)
        {
            return [new HeadingSplit(null, markdown, bodyLine)];
        }

        var plain = RentPlainWriter();
        try
        {
            return SplitAtHeadings(markdown, document, plain, bodyLine, level, isSplit);
        }
        finally
        {
            _plainWriters.Add(plain);
        }
    }

    private static List<HeadingSplit> SplitAtHeadings(string markdown, MarkdownDocument document, PlainTextWriter plain, int bodyLine, int level, Func<string, bool> isSplit)
    {
        var parts = new List<HeadingSplit>();
        string? heading = null;
        var start = 0;
        var line = bodyLine;
        foreach (var block in document)
        {
            if (block is not HeadingBlock candidate || candidate.Level != level)
            {
                continue;
            }

            var text = plain.Render(candidate.Inline);
            if (!isSplit(text))
            {
                continue;
            }

            parts.Add(new HeadingSplit(heading, markdown[start..candidate.Span.Start], line));
            heading = text;
            // Span.End is the heading's last character; the text starts after the newline that ends its line.
            start = Math.Min(markdown.Length, candidate.Span.End + 1);
            if (start < markdown.Length && markdown[start] == '\n')
            {
                start++;
            }

            line = bodyLine + candidate.Line + 1;
        }

        parts.Add(new HeadingSplit(heading, markdown[start..], line));
        return parts;
    }

    private PlainTextWriter RentPlainWriter() =>
        _plainWriters.TryTake(out var writer) ? writer : new PlainTextWriter(_pipeline);

    /// <summary>Null when <paramref name="markdown"/> can be parsed within the limits; otherwise why not.</summary>
    public string? Check(string markdown) => MarkdownComplexity.Check(markdown, _limits);

    private MarkdownDocument? Parse(string markdown, out string problem)
    {
        problem = Check(markdown) ?? string.Empty;
        if (problem.Length > 0)
        {
            return null;
        }

        try
        {
            return Markdig.Markdown.Parse(markdown, _pipeline);
        }
        catch (Exception ex) when (IsTooDeep(ex))
        {
            problem = "its quotes, lists or brackets are nested too deeply";
            return null;
        }
    }

    // Markdig's own guard: "Markdown elements in the input are too deeply nested - depth limit exceeded".
    private static bool IsTooDeep(Exception ex) => ex is ArgumentException or InsufficientExecutionStackException;

    private static string TooComplexHtml(string problem) =>
        "<div class=\"markdown-refused\" role=\"note\"><p><strong>This text is too complex to display.</strong> " +
        WebUtility.HtmlEncode(char.ToUpperInvariant(problem[0]) + problem[1..]) +
        ". A team lead can simplify it in the editor; <code>kb validate</code> names the file.</p></div>";

    private static List<DocumentLink> CollectLinks(MarkdownDocument document, int bodyLine) =>
        document.Descendants<LinkInline>()
            .Where(link => link.Url is { } url && ContentLinks.IsRelative(url))
            .Select(link => new DocumentLink(link.Url!, bodyLine + link.Line))
            .ToList();

    private static List<DocumentLink> CollectMediaLinks(MarkdownDocument document, int bodyLine) =>
        document.Descendants<LinkInline>()
            .Where(link => link.Url is { } url && MediaPaths.IsMediaUrl(url))
            .Select(link => new DocumentLink(link.Url!, bodyLine + link.Line))
            .ToList();

    /// <summary>Renders single blocks and inlines as plain text, reusing one renderer.</summary>
    private sealed class PlainTextWriter
    {
        private readonly StringWriter _writer = new();
        private readonly HtmlRenderer _renderer;

        public PlainTextWriter(MarkdownPipeline pipeline)
        {
            _renderer = new HtmlRenderer(_writer)
            {
                EnableHtmlForBlock = false,
                EnableHtmlForInline = false,
                EnableHtmlEscape = false,
            };
            pipeline.Setup(_renderer);

            // The alert renderer writes its title markup even in plain-text mode; an alert is a quote underneath.
            _renderer.ObjectRenderers.RemoveAll(r => r is Markdig.Extensions.Alerts.AlertBlockRenderer);
        }

        public string Render(MarkdownObject? node)
        {
            if (node is null)
            {
                return string.Empty;
            }

            _writer.GetStringBuilder().Clear();
            if (node is ContainerInline inline)
            {
                _renderer.WriteChildren(inline);
            }
            else
            {
                _renderer.Render(node);
            }

            _writer.Flush();
            return HtmlTag().Replace(_writer.ToString(), string.Empty).Trim();
        }
    }

    /// <summary>
    /// Raw HTML is disabled, so tags written in Markdown survive as literal text; search text drops
    /// them ("Press &lt;kbd&gt;Enter&lt;/kbd&gt;" reads "Press Enter"). A '&lt;' not followed by a letter stays.
    /// </summary>
    [GeneratedRegex(@"</?[A-Za-z][^<>]*>|<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex HtmlTag();
}
