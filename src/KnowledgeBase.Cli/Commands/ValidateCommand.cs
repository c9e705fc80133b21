using System.CommandLine;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb validate</c>: checks a content folder and prints one line per finding.</summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var command = new Command("validate", "Check every article, template, synonym, phrasebook, learning-path and knowledge-check file, and the media under media/ (a link to a missing file is an error, a file nothing links to a warning; media files are never parsed). Exit code 0 when there are no errors, 1 otherwise.");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (CliServices.ExistingContent(parse, options, console) is not { } paths)
            {
                return ExitCodes.NotFound;
            }

            using var services = CliServices.Build(paths, console);
            var content = services.GetRequiredService<ContentLoader>().Load(paths.ContentRoot);
            var report = services.GetRequiredService<ContentValidator>().Validate(content);

            if (parse.GetValue(options.Json))
            {
                JsonOutput.Write(console.Out, new
                {
                    content = paths.ContentRoot,
                    articles = content.Articles.Count(),
                    templates = content.Templates.Count(),
                    errors = report.ErrorCount,
                    warnings = report.WarningCount,
                    findings = report.Findings.Select(f => new
                    {
                        path = f.Path,
                        line = f.Line,
                        severity = f.Severity == FindingSeverity.Error ? "error" : "warning",
                        code = f.Code,
                        message = f.Message,
                    }),
                });
            }
            else
            {
                foreach (var finding in report.Findings)
                {
                    console.Out.WriteLine(finding.Format(console.Display(Path.Combine(paths.ContentRoot, finding.Path))));
                }

                console.Out.WriteLine(
                    $"{console.Display(paths.ContentRoot)}: {content.Articles.Count()} articles, {content.Templates.Count()} templates: " +
                    $"{Plural(report.ErrorCount, "error")}, {Plural(report.WarningCount, "warning")}");
            }

            return report.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
        });
        return command;
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
