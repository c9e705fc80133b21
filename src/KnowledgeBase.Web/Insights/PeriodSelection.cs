using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KnowledgeBase.Storage.Insights;

namespace KnowledgeBase.Web.Insights;

/// <summary>
/// The period the dashboard and its exports report on, as the URL states it: <c>?days=30</c>, or
/// <c>?from=2026-11-01&amp;to=2026-11-15</c> (whole UTC days, both included); none of them is the last 7 days.
/// A period is at most <see cref="MaxDays"/> days between <see cref="Earliest"/> and <see cref="Latest"/>:
/// the reports read every event of the period and chart every day of it, so the range bounds the work
/// (a period from 1900 to 9999 used to keep a core busy for minutes, and 9999-12-31 overflowed).
/// </summary>
public sealed record PeriodSelection(int? Days, DateOnly? From, DateOnly? To)
{
    public const int DefaultDays = 7;

    /// <summary>The longest period, in days (a year and a month, for year-on-year comparisons).</summary>
    public const int MaxDays = 400;

    public static DateOnly Earliest { get; } = new(2000, 1, 1);

    public static DateOnly Latest { get; } = new(2099, 12, 31);

    /// <summary>The last <see cref="DefaultDays"/> days.</summary>
    public static PeriodSelection Default { get; } = new(DefaultDays, null, null);

    public static IReadOnlyList<int> Presets { get; } = [7, 30, 90];

    public bool IsCustom => Days is null && From is not null && To is not null;

    /// <summary>
    /// Reads the period from the URL's parameters; none at all is <see cref="Default"/>. False, with a
    /// sentence for the person who asked, when the parameters do not make a valid period.
    /// </summary>
    public static bool TryParse(string? days, string? from, string? to, [NotNullWhen(true)] out PeriodSelection? selection, [NotNullWhen(false)] out string? error)
    {
        selection = null;
        if (from is not null || to is not null)
        {
            if (from is null || to is null)
            {
                error = "Give both from and to (yyyy-MM-dd), or days.";
                return false;
            }

            if (!TryDate("from", from, out var start, out error) || !TryDate("to", to, out var end, out error))
            {
                return false;
            }

            error = Check(start, end);
            selection = error is null ? new PeriodSelection(null, start, end) : null;
            return error is null;
        }

        if (days is null)
        {
            selection = Default;
            error = null;
            return true;
        }

        if (int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= MaxDays)
        {
            selection = new PeriodSelection(count, null, null);
            error = null;
            return true;
        }

        error = $"days must be a whole number from 1 to {MaxDays}, not '{days}'.";
        return false;
    }

    /// <summary>Why <paramref name="from"/> to <paramref name="to"/> is not a valid period, or null when it is.</summary>
    public static string? Check(DateOnly from, DateOnly to)
    {
        if (from < Earliest || from > Latest || to < Earliest || to > Latest)
        {
            var outside = from < Earliest || from > Latest ? from : to;
            return $"Dates must lie between {Date(Earliest)} and {Date(Latest)}; {Date(outside)} does not.";
        }

        if (to < from)
        {
            return $"The period must start before it ends: from ({Date(from)}) is after to ({Date(to)}).";
        }

        var length = to.DayNumber - from.DayNumber + 1;
        return length > MaxDays
            ? $"A period can be at most {MaxDays} days long; {Date(from)} to {Date(to)} is {length} days."
            : null;
    }

    public InsightPeriod Resolve(DateTimeOffset now) => IsCustom
        ? new InsightPeriod(new DateTimeOffset(From!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(To!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
        : InsightPeriod.LastDays(now, Days ?? DefaultDays);

    /// <summary>The query string that names this period (no leading "?").</summary>
    public string ToQuery() => IsCustom
        ? $"from={Date(From!.Value)}&to={Date(To!.Value)}"
        : $"days={(Days ?? DefaultDays).ToString(CultureInfo.InvariantCulture)}";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(string name, string text, out DateOnly date, [NotNullWhen(false)] out string? error)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = null;
            return true;
        }

        error = $"{name} must be a date written yyyy-MM-dd, not '{text}'.";
        return false;
    }
}
