using System.Diagnostics;
using System.Globalization;
using System.Text;
using KnowledgeBase.Benchmarks.Measurements;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Suggestions;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Bitext;

namespace KnowledgeBase.Benchmarks.Suggestions;

/// <summary>
/// Suggestion quality and speed on Bitext: 27 intent templates with 5 or 20 train examples each,
/// evaluated on the dev split (tuning) and the test split (final report), beside the
/// nearest-example baseline.
/// </summary>
public static class SuggestionRun
{
    public static string Run()
    {
        var report = new StringBuilder()
            .AppendLine("| examples | split | method | top-1 | Recall@3 | MRR | p50 ms | p99 ms |")
            .AppendLine("|---:|---|---|---:|---:|---:|---:|---:|");
        foreach (var examples in new[] { 5, 20 })
        {
            using var content = BitextTemplates.Write(examples);
            var indexPath = Path.Combine(Path.GetTempPath(), "kb-bench", "bitext-" + Guid.NewGuid().ToString("N"));
            using (var index = new SearchIndex(indexPath, content.Root))
            using (var baseline = new NearestExampleBaseline(NearestExampleBaseline.Examples(examples)))
            {
                index.Synchronize(new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(content.Root));
                foreach (var split in new[] { BitextSplit.Dev, BitextSplit.Test })
                {
                    var messages = BitextDataset.Utterances(split);
                    Row(report, examples, split, "nearest example, BM25, no stemming", messages, m => baseline.Rank(m.Text).Select(BitextTemplates.TemplateId).ToList());
                    Row(report, examples, split, "KnowledgeBase suggest", messages, m =>
                        [.. index.Suggest(new SuggestionRequest(m.Text) { Templates = 10, Sections = 0 }).Templates.Select(t => t.Id)]);
                }
            }

            Directory.Delete(indexPath, recursive: true);
        }

        return report.ToString();
    }

    private static void Row(StringBuilder report, int examples, BitextSplit split, string method, IReadOnlyList<BitextUtterance> messages, Func<BitextUtterance, List<string>> rank)
    {
        // Two warm-up passes so the timed pass measures steady state, not JIT.
        foreach (var message in messages.Take(200))
        {
            rank(message);
        }

        var ranks = new List<int?>();
        var times = new List<double>();
        foreach (var message in messages)
        {
            var watch = Stopwatch.StartNew();
            var ranked = rank(message);
            times.Add(watch.Elapsed.TotalMilliseconds);
            var position = ranked.IndexOf(BitextTemplates.TemplateId(message.Intent));
            ranks.Add(position < 0 ? null : position + 1);
        }

        var metrics = RankingMetrics.Of(ranks);
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {examples} | {split.ToString().ToLowerInvariant()} | {method} | {metrics.Top1:F3} | {metrics.RecallAt3:F3} | {metrics.MeanReciprocalRank:F3} | {Percentiles.Of(times, 50):F2} | {Percentiles.Of(times, 99):F2} |");
    }
}
