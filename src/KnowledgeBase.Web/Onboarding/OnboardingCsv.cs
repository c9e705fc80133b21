using System.Globalization;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Web.Services;
using KnowledgeBase.Application.Onboarding;

namespace KnowledgeBase.Web.Onboarding;

/// <summary>The lead's team tables as CSV (RFC 4180 quoting), for spreadsheets.</summary>
public static class OnboardingCsv
{
    public const string Progress = "progress";
    public const string Outdated = "outdated";
    public const string Checks = "checks";

    /// <summary>The table's CSV, or null for an unknown table name.</summary>
    public static string? Write(string table, OnboardingService onboarding)
    {
        ArgumentNullException.ThrowIfNull(onboarding);
        return table switch
        {
            Progress => Write(["person", "user name", "path", "role", "language", "done", "total", "percent", "complete", "assigned by", "assigned at"],
                onboarding.TeamProgress().Select(r => new[]
                {
                    r.User.Name, r.User.UserName, r.Progress.Path.Title, r.Progress.Path.Role, r.Progress.Path.Language,
                    Number(r.Progress.Done), Number(r.Progress.Total), Number(r.Progress.Percent), r.Progress.IsComplete ? "yes" : "no",
                    r.Progress.Assignment?.AssignedByName ?? "", Date(r.Progress.Assignment?.At),
                })),
            Outdated => Write(["person", "user name", "sop", "title", "acknowledged at"],
                onboarding.OutdatedAcknowledgements().Select(o => new[] { o.User.Name, o.User.UserName, o.Document.Id, o.Document.Title, Date(o.Acknowledgement.At) })),
            Checks => Write(["check", "sop", "question", "people", "first try correct", "first try percent", "attempts"],
                onboarding.CheckScores().Select(s => new[]
                {
                    s.Check.Key, s.Check.DocumentId, s.Check.Question, Number(s.People), Number(s.FirstTryCorrect), Number(s.FirstTryPercent), Number(s.Attempts),
                })),
            _ => null,
        };
    }

    private static string Write(string[] header, IEnumerable<string[]> rows) => CsvText.Write(rows.Prepend(header));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
}
