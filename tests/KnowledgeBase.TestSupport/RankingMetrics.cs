namespace KnowledgeBase.TestSupport;

/// <summary>Top-1 accuracy, Recall@k and mean reciprocal rank over the 1-based ranks of the right answers (null: not found).</summary>
public sealed record RankingMetrics(int Count, double Top1, double RecallAt3, double RecallAt10, double MeanReciprocalRank)
{
    public static RankingMetrics Of(IReadOnlyCollection<int?> ranks)
    {
        ArgumentNullException.ThrowIfNull(ranks);
        double Share(Func<int?, bool> test) => ranks.Count == 0 ? 0 : ranks.Count(test) / (double)ranks.Count;
        return new RankingMetrics(
            ranks.Count,
            Share(r => r == 1),
            Share(r => r <= 3),
            Share(r => r <= 10),
            ranks.Count == 0 ? 0 : ranks.Sum(r => r is { } rank ? 1.0 / rank : 0) / ranks.Count);
    }

    public override string ToString() =>
        $"n={Count} top-1 {Top1:F3}  Recall@3 {RecallAt3:F3}  Recall@10 {RecallAt10:F3}  MRR {MeanReciprocalRank:F3}";
}
