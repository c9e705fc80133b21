using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Json;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Suggestions;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb suggest</c>: the templates (and SOP sections) that answer a customer's message.</summary>
public static class SuggestCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var message = new Option<string?>("--message") { Description = "What the customer wrote (\"-\" reads it from standard input)", HelpName = "TEXT" };
        var language = new Option<string?>("--lang") { Description = "Only this language (default: the language the message is written in)", HelpName = "L" };
        var top = new Option<int>("--top") { Description = "How many templates (1–50)", DefaultValueFactory = _ => 5, HelpName = "N" };
        var sections = new Option<int>("--sections") { Description = "How many SOP sections after the templates (0–50)", DefaultValueFactory = _ => 3, HelpName = "N" };
        var batch = new Option<FileInfo?>("--batch")
        {
            Description = "Suggest for every message of a JSON Lines file ({\"id\":…,\"message\":…,\"lang\":…} per line); prints one JSON line per input line, in order",
            HelpName = "FILE",
        };

        var command = new Command("suggest", "Suggest reply templates, then SOP sections, for a customer's message; best first.");
        command.Options.Add(message);
        command.Options.Add(language);
        command.Options.Add(top);
        command.Options.Add(sections);
        command.Options.Add(batch);
        options.AddTo(command);
        command.Validators.Add(result =>
        {
            var hasMessage = result.GetValue(message) is not null;
            var hasBatch = result.GetValue(batch) is not null;
            if (hasMessage == hasBatch)
            {
                result.AddError("give either --message TEXT or --batch FILE");
            }
        });

        command.SetAction(parse =>
        {
            if (CliServices.ExistingContent(parse, options, console) is not { } paths)
            {
                return ExitCodes.NotFound;
            }

            if (parse.GetValue(batch) is { Exists: false } missing)
            {
                console.Error.WriteLine($"error: batch file not found: {missing.FullName}");
                return ExitCodes.NotFound;
            }

            var text = parse.GetValue(message);
            if (text == "-")
            {
                text = console.In.ReadToEnd();
            }

            using var services = CliServices.Build(paths, console);
            var (_, index, _) = IndexSession.Open(services, paths, console);
            var templates = parse.GetValue(top);
            var sectionCount = parse.GetValue(sections);
            if (parse.GetValue(batch) is { } input)
            {
                RunBatch(index, input, templates, sectionCount, console);
                return ExitCodes.Ok;
            }

            var response = index.Suggest(new SuggestionRequest(text) { Language = parse.GetValue(language), Templates = templates, Sections = sectionCount });
            JsonOutput.Print(console, parse.GetValue(options.Json), () => ToJson(response, batchId: null), () => PrintHuman(response, console));

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void RunBatch(ISuggestionService suggestions, FileInfo input, int templates, int sections, CliConsole console) =>
        JsonLinesBatch.Run(input, console,
            (root, id) => ToJson(suggestions.Suggest(new SuggestionRequest(JsonLinesBatch.Text(root, "message"))
            {
                Language = JsonLinesBatch.Text(root, "lang"),
                Templates = templates,
                Sections = sections,
            }), id),
            (id, error) => new { id, error, results = Array.Empty<object>() });

    /// <summary>Templates first, then SOP sections, each with its score: one ranked list.</summary>
    private static JsonNode ToJson(SuggestionResponse response, JsonElement? batchId) => JsonOutput.Answer(SuggestionsJson.From(response), batchId);

    private static void PrintHuman(SuggestionResponse response, CliConsole console)
    {
        if (response.Language is { } language)
        {
            console.Out.WriteLine(response.LanguageDetected ? $"Language: {language} (from the message; --lang to choose)" : $"Language: {language}");
        }

        if (response.Templates.Count == 0 && response.OtherLanguages.Count > 0)
        {
            console.Out.WriteLine($"No {response.Language} template answers this message; templates in {string.Join(", ", response.OtherLanguages)} do (--lang {response.OtherLanguages[0]}).");
        }

        if (response.Templates.Count == 0 && response.Sections.Count == 0)
        {
            console.Out.WriteLine("No suggestions: the message shares no words with the content.");
            return;
        }

        Print("Templates", response.Templates, console);
        Print("SOP sections", response.Sections, console);
    }

    private static void Print(string heading, IReadOnlyList<SearchHit> hits, CliConsole console)
    {
        if (hits.Count == 0)
        {
            return;
        }

        console.Out.WriteLine(heading);
        var rank = 0;
        foreach (var hit in hits)
        {
            rank++;
            var location = hit.Section is null ? hit.Id : $"{hit.Id}#{hit.Section}";
            console.Out.WriteLine($"{rank}. {hit.Title}  [{hit.Language}]  {location}  ({hit.Score:0.00})");
        }

        console.Out.WriteLine();
    }
}
