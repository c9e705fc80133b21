using KnowledgeBase.TestSupport.Relevance;
using Xunit.Abstractions;

namespace KnowledgeBase.Search.Tests.Relevance;

/// <summary>The thresholds every known-item suite enforces, and the report it prints.</summary>
internal static class KnownItemAssertions
{
    public const int QueriesPerLanguage = 100;

    public const double MinimumRecallAt10 = 0.97;

    public static void Check(DatasetCorpus corpus, string language, double minimumMrr, ITestOutputHelper output)
    {
        var reports = Enum.GetValues<KnownItemForm>().Select(form => corpus.Compare(language, form, QueriesPerLanguage)).ToList();
        output.WriteLine(KnownItemReport.TableHeader);
        reports.ForEach(r => output.WriteLine(r.TableRow()));

        var typed = reports[0];
        var queries = corpus.Queries(language, QueriesPerLanguage);
        foreach (var (query, rank) in queries.Zip(typed.Ours).Where(p => p.Second != 1).Take(15))
        {
            output.WriteLine($"  rank {rank?.ToString() ?? "-"}: \"{query.Typed}\" → {query.Target}");
        }

        Assert.Equal(QueriesPerLanguage, typed.Count);
        Assert.All(reports, report =>
        {
            Assert.True(report.OursMrr >= report.BaselineMrr, $"{report.Form}: MRR {report.OursMrr:0.000} below the baseline's {report.BaselineMrr:0.000}");
            Assert.True(report.OursRecallAt10 >= MinimumRecallAt10, $"{report.Form}: Recall@10 {report.OursRecallAt10:0.000} below {MinimumRecallAt10}");
        });
        Assert.True(typed.OursMrr >= minimumMrr, $"MRR {typed.OursMrr:0.000} below {minimumMrr}");
    }
}
