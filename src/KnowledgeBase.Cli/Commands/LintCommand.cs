using System.CommandLine;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.Search.Json;
using KnowledgeBase.Search.Phrasebook;
using Microsoft.Extensions.DependencyInjection;
using ContentPhrasebook = KnowledgeBase.Content.Phrasebook.Phrasebook;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb lint --lang L --text TEXT</c>: the phrases a reply should avoid, with what to say instead.
/// Reads only the phrasebook files, not the articles, and needs no index.
/// </summary>
public static class LintCommand
{
    public const string Name = "lint";

    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var language = new Option<string?>("--lang") { Description = "Language of the text (en, cs, lv, fr, ru, …); its phrasebook is phrasebook/L.yml in the content folder", HelpName = "L" };
        var text = new Option<string?>("--text") { Description = "The reply to check (\"-\" reads it from standard input)", HelpName = "TEXT" };
        var file = new Option<string?>("--file") { Description = "A UTF-8 file holding the reply to check", HelpName = "FILE" };

        var command = new Command(Name,
            "Check a reply against the language's phrasebook: one line per avoided phrase, 'line:column \"phrase\" → suggestions (note)'; " +
            "--json gives UTF-16 offsets. Exit code 0 when there are none, 1 when there are some, 2 when the text cannot be checked " +
            "(no --lang, no phrasebook for it, no text or both --text and --file, an unreadable file).");
        command.Options.Add(language);
        command.Options.Add(text);
        command.Options.Add(file);
        options.AddTo(command);

        // Usage errors are checked here rather than in validators: those exit with 1, which for kb lint means "found phrases".
        command.SetAction(parse =>
        {
            var requested = parse.GetValue(language);
            var inline = parse.GetValue(text);
            var path = parse.GetValue(file);
            if (string.IsNullOrWhiteSpace(requested))
            {
                return Usage(console, "give --lang L, the language of the text (e.g. --lang en)");
            }

            if (inline is null && path is null)
            {
                return Usage(console, "give --text TEXT, --text - (standard input) or --file FILE");
            }

            if (inline is not null && path is not null)
            {
                return Usage(console, "give either --text or --file, not both");
            }

            if (Languages.FromFolderName(requested.Trim()) is not { } code)
            {
                return Usage(console, $"'{requested}' is not a language code; use one of {string.Join(", ", Languages.Supported.Order(StringComparer.Ordinal))}");
            }

            if (CliServices.ExistingContent(parse, options, console) is not { } paths)
            {
                return ExitCodes.NotFound;
            }

            var input = inline == "-" ? console.In.ReadToEnd() : inline ?? ReadFile(path!, console);
            if (input is null)
            {
                return ExitCodes.Usage;
            }

            using var services = CliServices.Build(paths, console);
            var files = services.GetRequiredService<ContentLoader>().LoadLanguageFiles(paths.ContentRoot);
            if (!HasUsablePhrasebook(files, code, paths.ContentRoot, console))
            {
                return ExitCodes.Usage;
            }

            using var linter = new PhrasebookLinter(new Dictionary<string, ContentPhrasebook> { [code] = files.Phrasebooks[code] });
            var findings = linter.Lint(input, code);
            if (parse.GetValue(options.Json))
            {
                JsonOutput.Write(console.Out, LintJson.From(input, findings));
            }
            else
            {
                foreach (var finding in findings)
                {
                    console.Out.WriteLine(Describe(input, finding));
                }
            }

            return findings.Count == 0 ? ExitCodes.Ok : ExitCodes.Findings;
        });
        return command;
    }

    private static int Usage(CliConsole console, string message)
    {
        console.Error.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }

    private static string? ReadFile(string path, CliConsole console)
    {
        var full = Path.GetFullPath(path, console.WorkingDirectory);
        try
        {
            return File.ReadAllText(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: cannot read {console.Display(full)}: {ex.Message}");
            return null;
        }
    }

    /// <summary>
    /// The language's phrasebook, with its problems on stderr. A missing phrasebook, or one that
    /// could not be read at all, is an error: linting against nothing would pass every reply.
    /// An entry-level problem only costs that entry, and an empty phrasebook avoids nothing.
    /// </summary>
    private static bool HasUsablePhrasebook(LanguageFiles files, string code, string contentRoot, CliConsole console)
    {
        var relativePath = $"{ContentLayout.PhrasebookFolder}/{code}.";
        var problems = files.Findings.Where(f => f.Path.StartsWith(relativePath, StringComparison.Ordinal)).ToList();
        foreach (var problem in problems)
        {
            console.Error.WriteLine(problem.Format(console.Display(Path.Combine(contentRoot, problem.Path))));
        }

        if (!files.Phrasebooks.TryGetValue(code, out var phrasebook))
        {
            var others = files.Phrasebooks.Keys.Order(StringComparer.Ordinal).ToList();
            console.Error.WriteLine(problems.Count > 0
                ? $"error: {relativePath}yml could not be read, so there are no phrases to check"
                : $"error: no phrasebook for '{code}': {console.Display(Path.Combine(contentRoot, relativePath + "yml"))} does not exist " +
                  $"({(others.Count == 0 ? "no language has one" : "phrasebooks: " + string.Join(", ", others))})");
            return false;
        }

        if (phrasebook.Entries.Count == 0 && problems.Any(p => p.Severity == FindingSeverity.Error))
        {
            console.Error.WriteLine($"error: {phrasebook.RelativePath} has errors and no phrases to check; run kb validate");
            return false;
        }

        return true;
    }

    /// <summary><c>1:15 "Unfortunately" → At the moment / Currently (note)</c>; the slash because suggestions may contain commas.</summary>
    private static string Describe(string text, PhraseFinding finding)
    {
        var (line, column) = Position(text, finding.Start);
        var suggestions = PhraseFindingJson.SuggestionsFor(text, finding);
        var prefer = suggestions.Count == 0 ? string.Empty : $" → {string.Join(" / ", suggestions)}";
        var note = finding.Note is null ? string.Empty : $" ({finding.Note})";
        return $"{line}:{column} \"{finding.Found}\"{prefer}{note}";
    }

    /// <summary>1-based line and column; a line ends at \n, \r\n or \r, and columns count UTF-16 units, like the JSON offsets.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
