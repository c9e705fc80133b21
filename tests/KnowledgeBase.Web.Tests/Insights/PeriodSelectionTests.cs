using KnowledgeBase.Web.Insights;

namespace KnowledgeBase.Web.Tests.Insights;

public sealed class PeriodSelectionTests
{
    [Theory]
    [InlineData(null, null, null, "days=7")]
    [InlineData("30", null, null, "days=30")]
    [InlineData("400", null, null, "days=400")]
    [InlineData(null, "2026-11-01", "2026-11-15", "from=2026-11-01&to=2026-11-15")]
    [InlineData("30", "2026-11-01", "2026-11-01", "from=2026-11-01&to=2026-11-01")]
    [InlineData(null, "2025-10-20", "2026-11-23", "from=2025-10-20&to=2026-11-23")]
    [InlineData(null, "2000-01-01", "2000-01-31", "from=2000-01-01&to=2000-01-31")]
    [InlineData(null, "2099-12-01", "2099-12-31", "from=2099-12-01&to=2099-12-31")]
    public void AValidPeriod_IsRead(string? days, string? from, string? to, string query)
    {
        Assert.True(PeriodSelection.TryParse(days, from, to, out var selection, out var error));

        Assert.Null(error);
        Assert.Equal(query, selection.ToQuery());
    }

    [Theory]
    [InlineData(null, "2025-10-19", "2026-11-23", "A period can be at most 400 days long; 2025-10-19 to 2026-11-23 is 401 days.")]
    [InlineData(null, "2026-11-15", "2026-11-01", "The period must start before it ends: from (2026-11-15) is after to (2026-11-01).")]
    [InlineData(null, "1999-12-31", "2000-01-01", "Dates must lie between 2000-01-01 and 2099-12-31; 1999-12-31 does not.")]
    [InlineData(null, "2099-12-31", "9999-12-31", "Dates must lie between 2000-01-01 and 2099-12-31; 9999-12-31 does not.")]
    [InlineData(null, "2026-11-01", null, "Give both from and to (yyyy-MM-dd), or days.")]
    [InlineData(null, "1.11.2026", "2026-11-02", "from must be a date written yyyy-MM-dd, not '1.11.2026'.")]
    [InlineData("401", null, null, "days must be a whole number from 1 to 400, not '401'.")]
    [InlineData("-3", null, null, "days must be a whole number from 1 to 400, not '-3'.")]
    [InlineData("", null, null, "days must be a whole number from 1 to 400, not ''.")]
    public void AnInvalidPeriod_IsRefused_WithTheReason(string? days, string? from, string? to, string reason)
    {
        Assert.False(PeriodSelection.TryParse(days, from, to, out var selection, out var error));

        Assert.Null(selection);
        Assert.Equal(reason, error);
    }

    [Fact]
    public void TheLongestPeriod_ResolvesToExactly400WholeDays()
    {
        Assert.True(PeriodSelection.TryParse(null, "2025-10-20", "2026-11-23", out var selection, out _));

        var period = selection.Resolve(DateTimeOffset.UnixEpoch);

        Assert.Equal(TimeSpan.FromDays(PeriodSelection.MaxDays), period.To - period.From);
    }
}
