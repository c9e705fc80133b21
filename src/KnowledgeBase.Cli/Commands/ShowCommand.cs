using System.CommandLine;
using System.Net;
using System.Text;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Model;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb show ID</c>: one article or template as sanitized HTML or plain text.</summary>
public static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var id = new Argument<string>("ID") { Description = "Document id, e.g. articles/en/shipping/delivery-times" };
        var html = new Option<bool>("--html") { Description = "Print sanitized HTML" };
        var text = new Option<bool>("--text") { Description = "Print plain text (the default)" };
        var command = new Command("show", "Print an article or template, rendered as sanitized HTML or as plain text. Unknown id: exit code 2.");
        command.Arguments.Add(id);
        command.Options.Add(html);
        command.Options.Add(text);
        options.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(html) && result.GetValue(text))
            {
                result.AddError("--html and --text cannot be used together");
            }
        });

        command.SetAction(parse =>
        {
            if (CliServices.ExistingContent(parse, options, console) is not { } paths)
            {
                return ExitCodes.NotFound;
            }

            using var services = CliServices.Build(paths, console);
            var requested = NormalizeId(parse.GetValue(id) ?? string.Empty);
            var relativePath = requested + ".md";
            if (requested.Length == 0 || !File.Exists(Path.Combine(paths.ContentRoot, relativePath)))
            {
                console.Error.WriteLine($"error: no article or template with id '{requested}' in {console.Display(paths.ContentRoot)}{Suggest(paths.ContentRoot, requested)}");
                return ExitCodes.NotFound;
            }

            var result = services.GetRequiredService<ContentLoader>().LoadFile(paths.ContentRoot, relativePath);
            foreach (var finding in result.Findings)
            {
                console.Error.WriteLine(finding.Format(console.Display(Path.Combine(paths.ContentRoot, finding.Path))));
            }

            if (result.Document is not { } document)
            {
                return ExitCodes.Findings;
            }

            var markdown = services.GetRequiredService<MarkdownRenderer>();
            var asHtml = parse.GetValue(html);
            var output = asHtml ? Html(document, markdown) : Text(document);
            if (parse.GetValue(options.Json))
            {
                JsonOutput.Write(console.Out, new
                {
                    id = document.Id,
                    type = document.Kind == DocumentKind.Article ? "article" : "template",
                    lang = document.Language,
                    title = document.Title,
                    summary = (document as Article)?.Summary,
                    tags = document.Tags,
                    sections = document.Sections.Where(s => !s.IsIntroduction).Select(s => new { anchor = s.Anchor, heading = s.Heading, level = s.Level }),
                    format = asHtml ? "html" : "text",
                    content = output,
                });
            }
            else
            {
                console.Out.Write(output);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Accepts an id, a path with <c>.md</c>, or a path that starts with <c>content/</c>.</summary>
    public static string NormalizeId(string value)
    {
        var id = value.Trim().Replace('\\', '/').TrimStart('.', '/');
        if (id.StartsWith("content/", StringComparison.Ordinal))
        {
            id = id["content/".Length..];
        }

        return id.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? id[..^3] : id;
    }

    private static string Html(ContentDocument document, MarkdownRenderer markdown) =>
        $"<h1>{WebUtility.HtmlEncode(document.Title)}</h1>\n{markdown.ToHtml(document.Body)}";

    private static string Text(ContentDocument document)
    {
        var text = new StringBuilder();
        text.AppendLine(document.Title).AppendLine(new string('=', Math.Max(3, document.Title.Length))).AppendLine();
        if (document is Article { Summary: { } summary })
        {
            text.AppendLine(summary).AppendLine();
        }

        foreach (var section in document.Sections)
        {
            if (!section.IsIntroduction)
            {
                text.AppendLine(section.Heading).AppendLine(new string(section.Level == 2 ? '-' : '~', Math.Max(3, section.Heading.Length)));
            }

            text.AppendLine(section.Text).AppendLine();
        }

        return text.ToString();
    }

    /// <summary>" did you mean: …?" with up to five ids whose last segment contains the requested one; empty when none does.</summary>
    internal static string Suggest(string root, string requested)
    {
        var slug = requested[(requested.LastIndexOf('/') + 1)..];
        if (slug.Length == 0)
        {
            return string.Empty;
        }

        var matches = ContentLoader.EnumerateMarkdown(root)
            .Select(ContentLayout.IdFromPath)
            .Where(candidate => candidate[(candidate.LastIndexOf('/') + 1)..].Contains(slug, StringComparison.OrdinalIgnoreCase))
            .Take(5)
            .ToList();
        return matches.Count == 0 ? string.Empty : $"; did you mean: {string.Join(", ", matches)}?";
    }
}
