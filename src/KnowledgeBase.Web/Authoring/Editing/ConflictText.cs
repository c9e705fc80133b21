using System.Globalization;
using KnowledgeBase.Content.Authoring.Merging;
using KnowledgeBase.Application.Authoring;

namespace KnowledgeBase.Web.Authoring.Editing;

/// <summary>The sentences the editor uses for a concurrent change: who, when, and what merged.</summary>
public static class ConflictText
{
    /// <summary>e.g. "Oskar Other saved it at 2026-11-23 09:40 UTC." or "It was changed on disk outside the app (file time …)."</summary>
    public static string Origin(ChangeOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return origin.InApp
            ? $"{origin.Who} saved it at {Time(origin.When)}."
            : $"It was changed on disk outside the app (file time {Time(origin.When)}).";
    }

    /// <summary>Short, for column headings: the lead's name or "outside the app".</summary>
    public static string Who(ChangeOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return origin.InApp ? $"{origin.Who}, {Time(origin.When)}" : $"outside the app, {Time(origin.When)}";
    }

    /// <summary>For the message after an automatic merge.</summary>
    public static string MergedWith(ChangeOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return origin.InApp
            ? $"merged with {origin.Who}'s change from {Time(origin.When)}"
            : $"merged with a change made on disk outside the app ({Time(origin.When)})";
    }

    public static string Summary(MergeResult merge)
    {
        ArgumentNullException.ThrowIfNull(merge);
        var places = merge.ConflictCount == 1 ? "one place" : $"{merge.ConflictCount} places";
        return $"Changes to different lines merge; you both changed the same lines in {places}. Choose what to keep.";
    }

    private static string Time(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
