namespace KnowledgeBase.TestSupport.Relevance;

/// <summary>
/// 95 % percentile-bootstrap intervals over per-query values: the queries are resampled with
/// replacement (seeded, 2,000 times) and the middle 95 % of the resampled means is the interval.
/// Paired: the difference of two systems is resampled query by query, not system by system.
/// </summary>
public static class BootstrapInterval
{
    private const int Resamples = 2000;

    public static (double Low, double High) OfMean(IReadOnlyList<double> values, int seed = 7) => Of(values, values.Count, i => values[i], seed);

    /// <summary>The interval of mean(a − b) over paired values.</summary>
    public static (double Low, double High) OfDifference(IReadOnlyList<double> a, IReadOnlyList<double> b, int seed = 7)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count)
        {
            throw new ArgumentException("paired values need the same count", nameof(b));
        }

        return Of(a, a.Count, i => a[i] - b[i], seed);
    }

    private static (double Low, double High) Of(IReadOnlyList<double> anchor, int count, Func<int, double> value, int seed)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        if (count == 0)
        {
            return (0, 0);
        }

        var random = new Random(seed);
        var means = new double[Resamples];
        for (var r = 0; r < Resamples; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < count; i++)
            {
                sum += value(random.Next(count));
            }

            means[r] = sum / count;
        }

        Array.Sort(means);
        return (means[(int)(Resamples * 0.025)], means[(int)(Resamples * 0.975) - 1]);
    }
}
