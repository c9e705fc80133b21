using System.Diagnostics;
using System.Text.Json;
using KnowledgeBase.Benchmarks.Corpora;
using KnowledgeBase.Benchmarks.Measurements;
using KnowledgeBase.Benchmarks.Reporting;

const string Usage = """
    KnowledgeBase search benchmarks: index build, query latency (p50/p99), save-to-searchable and memory,
    optionally side by side with MiniSearch and FlexSearch (Node, tests/KnowledgeBase.Benchmarks/peers).

    dotnet run -c Release --project tests/KnowledgeBase.Benchmarks -- [options]

      --corpus NAME      content | handbook | office | generated | all (default: all; each runs in its own process)
      --peers            also run MiniSearch and FlexSearch on the same sections and queries (needs node and npm)
      --generated N      articles in the generated corpus (default 20000)
      --queries N        queries in the mix: 40 % two title words, 30 % word + prefix, 20 % typo, 10 % gibberish (default 500)
      --repeat N         timed passes over the query mix (default 5, after 2 warm-up passes)
      --saves N          file saves timed until searchable (default 20)
      --out FILE         also write the Markdown report to FILE
      --keep             keep the work folders under the temp directory
      --ui               instead: keystroke-to-painted-results latency in Chromium (1 agent, throttled, 150 ms, 20 agents) and memory per agent
      --suggestions      instead: suggestion quality and latency on Bitext (dev and test), beside a nearest-example baseline
      --cluster-load     instead: agents typing over real Blazor circuits through nginx, on PostgreSQL, step by step
                         until p95 keystroke -> results passes 100 ms; memory per idle circuit (docs/benchmarks.md)
        --nodes 1|2|1,2    nodes behind nginx (default 1,2: one rig each)
        --corpus NAME      handbook (default) | content
        --steps LIST       agents per step (default 10,25,50,75,100,150,200,300,400)
        --step-seconds N   measured seconds per step (default 20)
        --idle LIST        idle circuits for the memory line on one node (default 0,200,500,1000; "none" skips it)
        --app DIR          a published app (dotnet publish src/KnowledgeBase.Web -c Release -o DIR) instead of publishing one
    """;

var arguments = args.ToList();
if (arguments.Contains("--help") || arguments.Contains("-h"))
{
    Console.WriteLine(Usage);
    return 0;
}

string? Value(string name) => arguments.IndexOf(name) is var i and >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : null;
int Number(string name, int fallback) => int.TryParse(Value(name), out var n) && n > 0 ? n : fallback;

var options = new BenchmarkOptions
{
    Peers = arguments.Contains("--peers"),
    KeepFiles = arguments.Contains("--keep"),
    GeneratedArticles = Number("--generated", 20_000),
    Queries = Number("--queries", 500),
    Repeat = Number("--repeat", 5),
    Saves = Number("--saves", 20),
};
if (arguments.Contains("--ui"))
{
    var ui = await KnowledgeBase.Benchmarks.Ui.UiLatencyRun.RunAsync(Value("--corpus") is { } only && only != "all" ? [only] : ["content", "handbook"]);
    Console.WriteLine(ui);
    if (Value("--out") is { } uiFile)
    {
        File.WriteAllText(uiFile, ui);
    }

    return 0;
}

if (arguments.Contains("--cluster-load"))
{
    IReadOnlyList<int> List(string name, IReadOnlyList<int> fallback) => Value(name) is { } text
        ? text == "none" ? [] : [.. text.Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture))]
        : fallback;
    var defaults = new KnowledgeBase.Benchmarks.ClusterLoad.ClusterLoadOptions();
    var clusterOptions = defaults with
    {
        Nodes = List("--nodes", defaults.Nodes),
        Corpus = Value("--corpus") ?? defaults.Corpus,
        Steps = List("--steps", defaults.Steps),
        StepSeconds = Number("--step-seconds", defaults.StepSeconds),
        IdleCircuits = List("--idle", defaults.IdleCircuits),
        App = Value("--app"),
    };

    // Ctrl+C ends the run in order: agents closed, nginx, the nodes and PostgreSQL stopped.
    using var interrupted = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        interrupted.Cancel();
    };
    try
    {
        var load = await KnowledgeBase.Benchmarks.ClusterLoad.ClusterLoadRun.RunAsync(clusterOptions, interrupted.Token);
        Console.WriteLine(load);
        if (Value("--out") is { } loadFile)
        {
            File.WriteAllText(loadFile, load);
        }
    }
    catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
    {
        Console.Error.WriteLine("interrupted; everything started was stopped");
        return 130;
    }

    return 0;
}

if (arguments.Contains("--suggestions"))
{
    var suggestions = KnowledgeBase.Benchmarks.Suggestions.SuggestionRun.Run();
    Console.WriteLine(suggestions);
    if (Value("--out") is { } suggestionsFile)
    {
        File.WriteAllText(suggestionsFile, suggestions);
    }

    return 0;
}

var corpus = Value("--corpus") ?? "all";

if (corpus != "all")
{
    // One corpus in this process: print its result as one JSON line for the parent to collect.
    var result = await CorpusRun.RunAsync(CorpusCatalog.Resolve(corpus, options.WorkDirectory, options.GeneratedArticles), options);
    Console.WriteLine(JsonSerializer.Serialize(result));
    return 0;
}

var results = new List<CorpusResult>();
foreach (var name in CorpusCatalog.Names)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
    start.ArgumentList.Add(typeof(CorpusRun).Assembly.Location);
    foreach (var argument in arguments.Where((_, i) => i == 0 || arguments[i - 1] != "--corpus").Where(a => a != "--corpus"))
    {
        start.ArgumentList.Add(argument);
    }

    start.ArgumentList.Add("--corpus");
    start.ArgumentList.Add(name);
    using var child = Process.Start(start)!;
    var output = await child.StandardOutput.ReadToEndAsync();
    await child.WaitForExitAsync();
    if (child.ExitCode != 0)
    {
        Console.Error.WriteLine($"corpus {name} failed with exit code {child.ExitCode}");
        return child.ExitCode;
    }

    results.Add(JsonSerializer.Deserialize<CorpusResult>(output.Trim().Split('\n')[^1])!);
}

var report = MarkdownReport.Render(results, options);
Console.WriteLine(report);
if (Value("--out") is { } file)
{
    File.WriteAllText(file, report);
}

return 0;
