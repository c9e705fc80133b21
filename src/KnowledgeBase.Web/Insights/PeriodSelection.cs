using System.Globalization;
using KnowledgeBase.Storage.Insights;

namespace KnowledgeBase.Web.Insights;

/// <summary>
/// The period the dashboard and its exports report on, as the URL states it: <c>?days=30</c>, or
/// <c>?from=2026-11-01&amp;to=2026-11-15</c> (whole UTC days, both included). Anything else is the last 7 days.
/// </summary>
public sealed record PeriodSelection(int? Days, DateOnly? From, DateOnly? To)
{
    public const int DefaultDays = 7;

    public static IReadOnlyList<int> Presets { get; } = [7, 30, 90];

    public bool IsCustom => Days is null && From is not null && To is not null;

    public static PeriodSelection Parse(string? days, string? from, string? to)
    {
        if (TryDate(from, out var start) && TryDate(to, out var end))
        {
            return end < start ? new PeriodSelection(null, end, start) : new PeriodSelection(null, start, end);
        }

        return new PeriodSelection(int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 3660 ? n : DefaultDays, null, null);
    }

    public InsightPeriod Resolve(DateTimeOffset now) => IsCustom
        ? new InsightPeriod(new DateTimeOffset(From!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(To!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
        : InsightPeriod.LastDays(now, Days ?? DefaultDays);

    /// <summary>The query string that names this period (no leading "?").</summary>
    public string ToQuery() => IsCustom
        ? $"from={Date(From!.Value)}&to={Date(To!.Value)}"
        : $"days={(Days ?? DefaultDays).ToString(CultureInfo.InvariantCulture)}";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
