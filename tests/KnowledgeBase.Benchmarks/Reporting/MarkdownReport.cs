using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using KnowledgeBase.Benchmarks.Measurements;

namespace KnowledgeBase.Benchmarks.Reporting;

/// <summary>The results as Markdown tables, ready to paste into docs/benchmarks.md.</summary>
public static class MarkdownReport
{
    public static string Render(IReadOnlyList<CorpusResult> results, BenchmarkOptions options)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.AppendLine(culture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {TotalMemoryGb():0} GB RAM, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, Release build.");
        text.AppendLine(culture, $"Query mix: {options.Queries} queries, 40 % two title words (half with one of the corpus's 20 most frequent title words), 30 % a word and a 3–5-letter prefix, 20 % one word with a typo, 10 % no-hit gibberish; {options.Warmup} warm-up passes, then {options.Repeat} timed passes.");
        text.AppendLine();
        text.AppendLine("| corpus | documents | sections | build (read + index) | docs/s | index on disk | working set | managed heap | p50 | p99 | cold p50 / p99 | save → searchable (p50 / max) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(culture,
                $"| {r.Description} | {r.Documents:N0} | {r.Sections:N0} | {(r.LoadMs + r.IndexMs) / 1000:0.0} s ({r.LoadMs / 1000:0.0} + {r.IndexMs / 1000:0.0}) | {r.DocumentsPerSecond:N0} | {r.IndexSizeMb:0.0} MB | {r.WorkingSetMb:N0} MB | {r.ManagedHeapMb:N0} MB | {r.Latency.P50Ms:0.00} ms | {r.Latency.P99Ms:0.00} ms | {r.Latency.ColdP50Ms:0.00} / {r.Latency.ColdP99Ms:0.00} ms | {r.Saves.P50Ms:0} / {r.Saves.MaxMs:0} ms |");
        }

        text.AppendLine();
        text.AppendLine("Latency by query kind, p50 / p99 (ms):");
        text.AppendLine();
        text.AppendLine("| corpus | two title words | word + prefix | typo | no hits |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            string Kind(string kind) => r.Latency.ByKind.TryGetValue(kind, out var k) ? $"{k.P50Ms:0.00} / {k.P99Ms:0.00}" : "–";
            text.AppendLine(culture, $"| {r.Corpus} | {Kind("pair")} | {Kind("prefix")} | {Kind("typo")} | {Kind("none")} |");
        }

        text.AppendLine();
        text.AppendLine("Through `kb search --batch FILE --json` (a process of its own; per query = marginal wall time of warm passes, JSON output included; two-word queries: the engine's `tookMs`):");
        text.AppendLine();
        text.AppendLine("| corpus | per query | two title words p50 / p90 / max | all p99 | MiniSearch mean | ratio to MiniSearch |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var mini = r.Peers?.Engines.FirstOrDefault(e => e.Name.StartsWith("minisearch", StringComparison.OrdinalIgnoreCase));
            var ratio = mini is null || double.IsNaN(mini.MeanMs) ? "–" : (r.Batch.PerQueryMs / mini.MeanMs).ToString("0.00", culture);
            text.AppendLine(culture, $"| {r.Corpus} | {r.Batch.PerQueryMs:0.000} ms | {r.Batch.PairP50Ms:0.00} / {r.Batch.PairP90Ms:0.00} / {r.Batch.PairMaxMs:0.00} ms | {r.Batch.TookP99Ms:0.00} ms | {(mini is null ? "–" : $"{mini.MeanMs:0.000} ms")} | {ratio} |");
        }

        if (results.Any(r => r.Peers is not null))
        {
            text.AppendLine();
            text.AppendLine("Side by side on the same sections and queries (ratio = ours ÷ theirs; below 1 means we are faster):");
            text.AppendLine();
            text.AppendLine("| corpus | engine | build | p50 | p99 | mean | p50 ratio | p99 ratio | queries with no result |");
            text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in results.Where(r => r.Peers is not null))
            {
                text.AppendLine(culture, $"| {r.Corpus} | **KnowledgeBase (Lucene.NET)** | {(r.LoadMs + r.IndexMs) / 1000:0.0} s | {r.Latency.P50Ms:0.000} ms | {r.Latency.P99Ms:0.000} ms | {r.Latency.MeanMs:0.000} ms | 1 | 1 | {r.Latency.ZeroResults} / {r.Latency.Queries} |");
                if (r.Peers!.Error is { } error)
                {
                    text.AppendLine(culture, $"| {r.Corpus} | peers failed: {error.Replace('|', '/')} | | | | | | | |");
                }

                foreach (var peer in r.Peers.Engines)
                {
                    text.AppendLine(culture,
                        $"| {r.Corpus} | {peer.Name} {peer.Version} | {peer.BuildMs / 1000:0.0} s | {peer.P50Ms:0.000} ms | {peer.P99Ms:0.000} ms | {peer.MeanMs:0.000} ms | {r.Latency.P50Ms / peer.P50Ms:0.00} | {r.Latency.P99Ms / peer.P99Ms:0.00} | {peer.ZeroResults} / {r.Latency.Queries} |");
                }
            }
        }

        return text.ToString();
    }

    private static double TotalMemoryGb() => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0;
}
