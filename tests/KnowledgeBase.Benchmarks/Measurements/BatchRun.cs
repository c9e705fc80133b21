using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Benchmarks.Measurements;

/// <summary>
/// The mix through <c>kb search --batch FILE --json</c>, as a script or a help-desk integration
/// would run it: a separate process on its own index. Per-query cost is the marginal wall time
/// of warm passes — (time for k passes − time for one pass) ÷ ((k − 1) × queries) — so process start,
/// index opening and JIT are left out and JSON output, snippets and facets are in. The engine's own
/// time per query (<c>tookMs</c>) is read from the warm passes' output.
/// </summary>
public static class BatchRun
{
    private const int Passes = 3;
    private const int Timings = 3;

    public static async Task<BatchResult> RunAsync(string contentRoot, string work, IReadOnlyList<BenchmarkQuery> queries)
    {
        var data = Path.Combine(work, "cli-data");
        var one = Write(Path.Combine(work, "batch-1.jsonl"), queries, 1);
        var many = Write(Path.Combine(work, "batch-many.jsonl"), queries, Passes);

        // The first run builds the CLI's index; it is not timed.
        await Kb(contentRoot, data, one);
        var single = new List<double>();
        var repeated = new List<double>();
        string output = string.Empty;
        for (var i = 0; i < Timings; i++)
        {
            single.Add((await Kb(contentRoot, data, one)).Ms);
            var (ms, text) = await Kb(contentRoot, data, many);
            repeated.Add(ms);
            output = text;
        }

        var marginal = (Median(repeated) - Median(single)) / ((Passes - 1) * queries.Count);
        var took = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(queries.Count)
            .Select(line => JsonNode.Parse(line)!)
            .Select(json => (Kind: json["id"]!.GetValue<string>().Split(':')[0], Ms: json["tookMs"]?.GetValue<double>() ?? double.NaN))
            .ToList();
        var pairs = took.Where(t => t.Kind == "pair").Select(t => t.Ms).ToList();
        return new BatchResult(
            Math.Round(marginal, 3),
            Math.Round(Percentiles.Of(pairs, 50), 3),
            Math.Round(Percentiles.Of(pairs, 90), 3),
            Math.Round(pairs.Max(), 3),
            Math.Round(Percentiles.Of([.. took.Select(t => t.Ms)], 99), 3));
    }

    private static string Write(string file, IReadOnlyList<BenchmarkQuery> queries, int passes)
    {
        File.WriteAllLines(file, Enumerable.Range(0, passes).SelectMany(pass => queries.Select((q, i) =>
            JsonSerializer.Serialize(new { id = $"{q.Kind}:{pass}:{i}", q = q.Text }))));
        return file;
    }

    private static async Task<(double Ms, string Output)> Kb(string contentRoot, string data, string batch)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { CliAssembly(), "search", "--batch", batch, "--json", "--content", contentRoot, "--data", data })
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"kb search --batch exited with {process.ExitCode}: {(await stderr).Trim()}");
        }

        return (elapsed, await stdout);
    }

    private static double Median(List<double> values) => Percentiles.Of(values, 50);

    /// <summary>kb.dll of the same configuration as this harness (the project reference builds it).</summary>
    private static string CliAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Cli", "bin", configuration, "net10.0", "kb.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"build the CLI first ({configuration}): {dll}");
    }
}

/// <summary>The mix through <c>kb search --batch</c>: marginal wall time per query, and the engine's own time for two-word queries.</summary>
public sealed record BatchResult(double PerQueryMs, double PairP50Ms, double PairP90Ms, double PairMaxMs, double TookP99Ms);
