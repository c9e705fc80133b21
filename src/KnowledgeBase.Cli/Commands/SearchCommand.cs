using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Json;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb search</c>: one query, or a JSON Lines batch of queries on one open index.</summary>
public static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var query = new Argument<string?>("QUERY") { Description = "What to search for (any text; the last word may be partial)", Arity = ArgumentArity.ZeroOrOne };
        var language = new Option<string?>("--lang") { Description = "Only this language (en, cs, lv, fr, ru, …)", HelpName = "L" };
        var type = new Option<string?>("--type") { Description = "Only articles or only templates", HelpName = "article|template" };
        type.AcceptOnlyFromAmong("article", "template");
        var tag = new Option<string?>("--tag") { Description = "Only documents with this tag", HelpName = "T" };
        var top = new Option<int>("--top") { Description = "How many results (1–100)", DefaultValueFactory = _ => 10, HelpName = "N" };
        var batch = new Option<FileInfo?>("--batch")
        {
            Description = "Run every query of a JSON Lines file ({\"id\":…,\"q\":…,\"lang\":…,\"type\":…,\"top\":…} per line); prints one JSON line per input line",
            HelpName = "FILE",
        };

        var command = new Command("search", "Search articles and templates; prints title, id#section and a snippet per result.");
        command.Arguments.Add(query);
        command.Options.Add(language);
        command.Options.Add(type);
        command.Options.Add(tag);
        command.Options.Add(top);
        command.Options.Add(batch);
        options.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(batch) is null && string.IsNullOrEmpty(result.GetValue(query)))
            {
                result.AddError("give a QUERY or --batch FILE");
            }
        });

        command.SetAction(parse =>
        {
            if (CliServices.ExistingContent(parse, options, console) is not { } paths)
            {
                return ExitCodes.NotFound;
            }

            if (parse.GetValue(batch) is { } file && !file.Exists)
            {
                console.Error.WriteLine($"error: batch file not found: {file.FullName}");
                return ExitCodes.NotFound;
            }

            using var services = CliServices.Build(paths, console);
            var (_, index, _) = IndexSession.Open(services, paths, console);
            if (parse.GetValue(batch) is { } input)
            {
                RunBatch(index, input, console);
                return ExitCodes.Ok;
            }

            var request = new SearchRequest(parse.GetValue(query))
            {
                Language = parse.GetValue(language),
                Kind = ParseKind(parse.GetValue(type)),
                Tag = parse.GetValue(tag),
                Top = parse.GetValue(top),
            };
            var response = index.Search(request);
            JsonOutput.Print(console, parse.GetValue(options.Json), () => ToJson(response, batchId: null), () => PrintHuman(response, console));

            return ExitCodes.Ok;
        });
        return command;
    }

    private static void RunBatch(SearchIndex index, FileInfo input, CliConsole console) =>
        JsonLinesBatch.Run(input, console,
            (root, id) => ToJson(index.Search(new SearchRequest(JsonLinesBatch.Text(root, "q"))
            {
                Language = JsonLinesBatch.Text(root, "lang"),
                Kind = ParseKind(JsonLinesBatch.Text(root, "type")),
                Tag = JsonLinesBatch.Text(root, "tag"),
                Top = root.TryGetProperty("top", out var top) && top.TryGetInt32(out var n) ? n : 10,
            }), id),
            (id, error) => new { id, error });

    private static DocumentKind? ParseKind(string? type) => type?.ToLowerInvariant() switch
    {
        "article" => DocumentKind.Article,
        "template" => DocumentKind.Template,
        _ => null,
    };

    private static JsonNode ToJson(SearchResponse response, JsonElement? batchId) => JsonOutput.Answer(SearchResultsJson.From(response), batchId);

    private static void PrintHuman(SearchResponse response, CliConsole console)
    {
        if (response.DidYouMean is { } suggestion)
        {
            console.Out.WriteLine($"Did you mean: {suggestion}?");
        }

        if (response.Results.Count == 0)
        {
            console.Out.WriteLine($"No results for \"{response.Query}\".");
            return;
        }

        var rank = 0;
        foreach (var hit in response.Results)
        {
            rank++;
            var kind = hit.Kind == DocumentKind.Article ? "SOP" : "template";
            console.Out.WriteLine($"{rank}. {hit.Title}  [{kind}, {hit.Language}]");
            var location = hit.Section is null ? hit.Id : $"{hit.Id}#{hit.Section}";
            console.Out.WriteLine($"   {location}{(hit.SectionTitle is null ? string.Empty : $" — {hit.SectionTitle}")}");
            var snippet = string.Concat(hit.Snippet.Select(s => s.Hit ? $"**{s.Text}**" : s.Text));
            if (snippet.Length > 0)
            {
                console.Out.WriteLine($"   {snippet}");
            }
        }

        console.Out.WriteLine($"{response.Results.Count} of {response.Total} results in {response.TookMs:0.0} ms");
    }
}
