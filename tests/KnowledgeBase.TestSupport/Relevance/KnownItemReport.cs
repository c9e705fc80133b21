using System.Globalization;

namespace KnowledgeBase.TestSupport.Relevance;

/// <summary>
/// One corpus, language and query form: the engine's and the baseline's ranks for the same known-item
/// queries, with MRR and Recall@10, their 95 % bootstrap intervals and the paired difference.
/// </summary>
public sealed record KnownItemReport(string Corpus, string Language, KnownItemForm Form, IReadOnlyList<int?> Ours, IReadOnlyList<int?> Baseline)
{
    public int Count => Ours.Count;

    public double OursMrr => Reciprocal(Ours).Average();

    public double BaselineMrr => Reciprocal(Baseline).Average();

    public double OursRecallAt10 => Ours.Count(r => r <= 10) / (double)Count;

    public double BaselineRecallAt10 => Baseline.Count(r => r <= 10) / (double)Count;

    public (double Low, double High) OursInterval => BootstrapInterval.OfMean(Reciprocal(Ours));

    public (double Low, double High) BaselineInterval => BootstrapInterval.OfMean(Reciprocal(Baseline));

    public (double Low, double High) DifferenceInterval => BootstrapInterval.OfDifference(Reciprocal(Ours), Reciprocal(Baseline));

    /// <summary>Runs both engines over the queries; each returns ids, best first.</summary>
    public static KnownItemReport Run(
        string corpus, string language, KnownItemForm form, IReadOnlyList<KnownItemQuery> queries,
        Func<string, IReadOnlyList<string>> ours, Func<string, IReadOnlyList<string>> baseline)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(baseline);
        return new KnownItemReport(
            corpus,
            language,
            form,
            [.. queries.Select(q => Rank(ours(q.Text(form)), q.Target))],
            [.. queries.Select(q => Rank(baseline(q.Text(form)), q.Target))]);
    }

    public const string TableHeader =
        "| corpus | language | queries | form | KnowledgeBase MRR [95 % CI] | baseline MRR [95 % CI] | difference [95 % CI] | KnowledgeBase R@10 | baseline R@10 |\n" +
        "|---|---|---:|---|---:|---:|---:|---:|---:|";

    /// <summary>A Markdown table row, as docs/relevance.md shows it.</summary>
    public string TableRow()
    {
        var (ol, oh) = OursInterval;
        var (bl, bh) = BaselineInterval;
        var (dl, dh) = DifferenceInterval;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {Corpus} | {Language} | {Count} | {Form.ToString().ToLowerInvariant()} | {OursMrr:0.000} [{ol:0.000}, {oh:0.000}] | {BaselineMrr:0.000} [{bl:0.000}, {bh:0.000}] | {OursMrr - BaselineMrr:+0.000;-0.000;0.000} [{dl:+0.000;-0.000;0.000}, {dh:+0.000;-0.000;0.000}] | {OursRecallAt10:0.000} | {BaselineRecallAt10:0.000} |");
    }

    private static int? Rank(IReadOnlyList<string> ids, string target)
    {
        for (var i = 0; i < ids.Count && i < 10; i++)
        {
            if (ids[i] == target)
            {
                return i + 1;
            }
        }

        return null;
    }

    private static double[] Reciprocal(IReadOnlyList<int?> ranks) => [.. ranks.Select(r => r is { } rank ? 1.0 / rank : 0)];
}
