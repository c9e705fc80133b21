namespace KnowledgeBase.Storage.Insights;

/// <summary>A half-open time range [<see cref="From"/>, <see cref="To"/>) the dashboard reports on.</summary>
public readonly record struct InsightPeriod
{
    public InsightPeriod(DateTimeOffset from, DateTimeOffset to)
    {
        if (to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }

        From = from.ToUniversalTime();
        To = to.ToUniversalTime();
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    /// <summary>The <paramref name="days"/> whole UTC days up to and including today.</summary>
    public static InsightPeriod LastDays(DateTimeOffset now, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var tomorrow = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);
        return new InsightPeriod(tomorrow.AddDays(-days), tomorrow);
    }

    public bool Contains(DateTimeOffset at) => at >= From && at < To;
}
