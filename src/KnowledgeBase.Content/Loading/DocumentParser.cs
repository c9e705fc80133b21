using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Content.FrontMatter;
using KnowledgeBase.Content.Limits;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Validation;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Content.Loading;

/// <summary>
/// Turns the text of one content file into a document plus findings. Never throws on content:
/// a file whose front matter cannot be read yields no document and an error finding; a missing
/// title or a badly shaped value yields an error finding but the document still loads. Front
/// matter is read within <see cref="ContentLimitsOptions"/>, so text typed into the editor is
/// bounded exactly as files are.
/// </summary>
public sealed partial class DocumentParser
{
    private static readonly HashSet<string> ArticleKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "summary", "tags", "aliases", "owner", "reviewed", "review_every", "related", "translation_key",
    };

    private static readonly HashSet<string> TemplateKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "shortcut", "tags", "channels", "fields", "examples", "related", "translation_key",
    };

    /// <summary>Channel names that, written as a heading in a template, look like a variant.</summary>
    private static readonly HashSet<string> CommonChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "email", "e-mail", "chat", "sms", "phone", "social", "whatsapp", "messenger",
    };

    private readonly MarkdownRenderer _markdown;
    private readonly YamlLimits _frontMatterLimits;

    /// <summary>A parser with the default limits.</summary>
    public DocumentParser(MarkdownRenderer markdown)
        : this(markdown, Options.Create(new ContentLimitsOptions()))
    {
    }

    public DocumentParser(MarkdownRenderer markdown, IOptions<ContentLimitsOptions> limits)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(limits);
        _markdown = markdown;
        Limits = limits.Value;
        _frontMatterLimits = YamlLimits.ForFrontMatter(Limits);
    }

    /// <summary>The limits this parser reads front matter under; the loader reads files under the same ones.</summary>
    public ContentLimitsOptions Limits { get; }

    public ParseResult Parse(DocumentLocation location, string text)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(text);

        var findings = new List<Finding>();
        var normalized = FrontMatterBlock.Normalize(text);
        var block = FrontMatterBlock.Split(normalized);

        if (block.IsUnclosed)
        {
            findings.Add(Finding.Error(location.RelativePath, 1, "yaml",
                "front matter opened with '---' on line 1 is never closed with a '---' line"));
            return new ParseResult(null, findings);
        }

        FrontMatterMap map;
        if (block.Yaml is null)
        {
            map = FrontMatterMap.Empty;
        }
        else
        {
            try
            {
                map = FrontMatterMap.Parse(block.Yaml, block.YamlLine, _frontMatterLimits);
            }
            catch (FrontMatterException ex)
            {
                findings.Add(Finding.Error(location.RelativePath, ex.Line, ex.Code ?? "yaml", ex.Message));
                return new ParseResult(null, findings);
            }
        }

        var analysis = _markdown.Analyze(block.Body, block.BodyLine);
        if (analysis.Problem is { } problem)
        {
            findings.Add(Finding.Error(location.RelativePath, block.BodyLine, "markdown-too-complex",
                $"the Markdown is too complex to render: {problem}"));
        }

        var title = map.GetString("title");
        if (title is null)
        {
            var message = block.Yaml is null
                ? "missing front matter: start the file with '---', a 'title:' line and '---'"
                : "missing title: add 'title: …' to the front matter";
            findings.Add(Finding.Error(location.RelativePath, map.Contains("title") ? map.LineOf("title") : 1, "missing-title", message));
            title = FallbackTitle(block.Body, location.RelativePath);
        }

        ContentDocument document = location.Kind == DocumentKind.Article
            ? ParseArticle(location, map, block, analysis, title, normalized)
            : ParseTemplate(location, map, block, analysis, title, normalized, findings);

        findings.AddRange(map.Problems.Select(p => Finding.Error(location.RelativePath, p.Line, "front-matter", p.Message)));
        return new ParseResult(document, findings);
    }

    private static Article ParseArticle(
        DocumentLocation location, FrontMatterMap map, FrontMatterBlock block, MarkdownAnalysis analysis, string title, string text) =>
        new()
        {
            Id = location.Id,
            RelativePath = location.RelativePath,
            Language = location.Language,
            Title = title,
            Summary = map.GetString("summary"),
            Tags = Tags(map),
            Aliases = map.GetList("aliases").Select(a => a.Value).ToList(),
            Owner = map.GetString("owner"),
            Reviewed = map.GetDate("reviewed"),
            ReviewedLine = map.LineOf("reviewed"),
            ReviewEvery = map.GetPositiveInt("review_every"),
            Related = map.GetList("related"),
            TranslationKey = map.GetString("translation_key"),
            Body = block.Body,
            BodyLine = block.BodyLine,
            Sections = analysis.Sections,
            Links = analysis.Links,
            MediaLinks = analysis.MediaLinks,
            Extra = map.Unknown(ArticleKeys),
            ContentHash = Hash(text),
        };

    private ReplyTemplate ParseTemplate(
        DocumentLocation location,
        FrontMatterMap map,
        FrontMatterBlock block,
        MarkdownAnalysis analysis,
        string title,
        string text,
        List<Finding> findings)
    {
        var channels = map.GetList("channels", splitCommas: true)
            .Select(c => c.Value.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return new ReplyTemplate
        {
            Id = location.Id,
            RelativePath = location.RelativePath,
            Language = location.Language,
            Title = title,
            Shortcut = map.GetString("shortcut") is { } shortcut ? new LineValue(shortcut.TrimStart('/'), map.LineOf("shortcut")) : null,
            Tags = Tags(map),
            Channels = channels,
            Fields = Fields(map),
            Examples = map.GetList("examples").Select(e => e.Value).ToList(),
            Related = map.GetList("related"),
            TranslationKey = map.GetString("translation_key"),
            Variants = Variants(location, block, channels, findings),
            Body = block.Body,
            BodyLine = block.BodyLine,
            Sections = analysis.Sections,
            Links = analysis.Links,
            MediaLinks = analysis.MediaLinks,
            Extra = map.Unknown(TemplateKeys),
            ContentHash = Hash(text),
        };
    }

    private static List<string> Tags(FrontMatterMap map) =>
        map.GetList("tags", splitCommas: true)
            .Select(t => t.Value.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static List<TemplateField> Fields(FrontMatterMap map)
    {
        var fields = new List<TemplateField>();
        foreach (var item in map.GetMaps("fields"))
        {
            var name = item.GetString("name");
            if (name is null)
            {
                map.AddProblem(item.ItemLine, "a template field needs a 'name', e.g. name: customer.first_name");
                map.Absorb(item);
                continue;
            }

            var line = item.LineOf("name");
            if (!FieldName().IsMatch(name))
            {
                map.AddProblem(line, $"field name '{name}' must be letters, digits and underscores, with dots between parts (customer.first_name)");
            }
            else if (fields.Any(f => string.Equals(f.Name, name, StringComparison.Ordinal)))
            {
                map.AddProblem(line, $"field '{name}' is declared twice");
            }

            var typeText = item.GetString("type") ?? "text";
            if (!Enum.TryParse<TemplateFieldType>(typeText, ignoreCase: true, out var type) || int.TryParse(typeText, out _))
            {
                map.AddProblem(item.LineOf("type"), $"field '{name}' has unknown type '{typeText}'; use text, multiline, date, number or choice");
                type = TemplateFieldType.Text;
            }

            var options = item.GetList("options").Select(o => o.Value).ToList();
            var defaultValue = item.GetString("default");
            if (type == TemplateFieldType.Choice && options.Count == 0)
            {
                map.AddProblem(line, $"choice field '{name}' needs a list of 'options'");
            }
            else if (type == TemplateFieldType.Choice && defaultValue is not null && !options.Contains(defaultValue, StringComparer.Ordinal))
            {
                map.AddProblem(item.LineOf("default"), $"default '{defaultValue}' of field '{name}' is not one of its options");
            }

            fields.Add(new TemplateField(
                name,
                item.GetString("label") ?? name,
                item.GetBool("required") ?? false,
                defaultValue,
                type,
                options,
                line));
            map.Absorb(item);
        }

        return fields;
    }

    private List<TemplateVariant> Variants(DocumentLocation location, FrontMatterBlock block, IReadOnlyList<string> channels, List<Finding> findings)
    {
        var declared = new HashSet<string>(channels, StringComparer.OrdinalIgnoreCase);
        var parts = _markdown.SplitAtHeadings(block.Body, block.BodyLine, level: 2, heading =>
        {
            if (declared.Contains(heading))
            {
                return true;
            }

            if (CommonChannels.Contains(heading))
            {
                findings.Add(Finding.Warning(location.RelativePath, block.BodyLine, "channel",
                    $"heading '## {heading}' looks like a channel variant, but '{heading.ToLowerInvariant()}' is not listed in 'channels'"));
            }

            return false;
        });

        var variants = new List<TemplateVariant>();
        foreach (var part in parts)
        {
            var channel = part.Heading?.ToLowerInvariant();
            if (channel is not null && variants.Any(v => v.Channel == channel))
            {
                findings.Add(Finding.Warning(location.RelativePath, part.Line, "channel", $"a second '## {part.Heading}' variant is ignored"));
                continue;
            }

            var leadingLines = part.Text.Length - part.Text.TrimStart('\n').Length;
            variants.Add(new TemplateVariant(channel, part.Text.Trim('\n'), part.Line + leadingLines));
        }

        return variants;
    }

    private static string FallbackTitle(string body, string relativePath)
    {
        var heading = FirstH1().Match(body);
        if (heading.Success)
        {
            return heading.Groups[1].Value.Trim();
        }

        var name = Path.GetFileNameWithoutExtension(relativePath).Replace('-', ' ').Replace('_', ' ').Trim();
        return name.Length == 0 ? relativePath : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static string Hash(string text) => Authoring.TextHash.Of(text);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"^#[ \t]+(.+?)[ \t#]*$", RegexOptions.Multiline)]
    private static partial Regex FirstH1();
}
