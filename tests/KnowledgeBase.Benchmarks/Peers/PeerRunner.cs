using System.Diagnostics;
using System.Text.Json;
using KnowledgeBase.Benchmarks.Measurements;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Benchmarks.Peers;

/// <summary>Runs MiniSearch and FlexSearch (peers/bench.mjs, Node) on exported files and reads their JSON.</summary>
public static class PeerRunner
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeBase.Benchmarks", "peers");

    public static async Task<PeerResult> RunAsync((string Docs, string Queries) files, BenchmarkOptions options)
    {
        try
        {
            if (!Directory.Exists(Path.Combine(Folder, "node_modules")))
            {
                await Run("npm", ["ci", "--no-audit", "--no-fund"]);
            }

            var output = await Run("node",
            [
                "--expose-gc", "--max-old-space-size=8192", "bench.mjs",
                "--docs", files.Docs, "--queries", files.Queries,
                "--warmup", options.Warmup.ToString(), "--repeat", options.Repeat.ToString(),
            ]);
            using var json = JsonDocument.Parse(output);
            var engines = json.RootElement.GetProperty("engines").EnumerateObject().Select(engine =>
            {
                var e = engine.Value;
                double Number(string name) => e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.NaN;
                return new PeerEngine(
                    engine.Name,
                    e.TryGetProperty("version", out var version) ? version.GetString() ?? "?" : "?",
                    Number("buildMs"),
                    Number("indexHeapMb"),
                    Number("p50Ms"),
                    Number("p99Ms"),
                    Number("meanMs"),
                    (int)(double.IsNaN(Number("zeroResults")) ? -1 : Number("zeroResults")),
                    e.TryGetProperty("error", out var error) ? error.GetString() : null);
            }).ToList();
            return new PeerResult(engines, null);
        }
        catch (Exception ex) when (ex is InvalidOperationException or JsonException or System.ComponentModel.Win32Exception)
        {
            return new PeerResult([], ex.Message);
        }
    }

    private static async Task<string> Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {(await stderr).Trim()}");
        }

        return await stdout;
    }
}
