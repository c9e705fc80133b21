namespace KnowledgeBase.Storage.Insights;

/// <summary>
/// The order of the template-usage reports, whatever store counted the uses: both providers must
/// rank alike, so the rules live here once.
/// </summary>
public static class TemplateUsageRanking
{
    /// <summary>Most used first; ties by the latest use, then by id.</summary>
    public static IReadOnlyList<TemplateUsage> MostUsed(IReadOnlyDictionary<string, TemplateUsage> usages, int limit)
    {
        ArgumentNullException.ThrowIfNull(usages);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return [.. usages.Values
            .OrderByDescending(u => u.Total)
            .ThenByDescending(u => u.LastUsed)
            .ThenBy(u => u.TemplateId, StringComparer.Ordinal)
            .Take(limit)];
    }

    /// <summary>The current templates used least, never-used ones first; templates no longer in the library are left out.</summary>
    public static IReadOnlyList<TemplateUsage> LeastUsed(IReadOnlyDictionary<string, TemplateUsage> usages, IEnumerable<string> currentTemplateIds, int limit)
    {
        ArgumentNullException.ThrowIfNull(usages);
        ArgumentNullException.ThrowIfNull(currentTemplateIds);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return [.. currentTemplateIds
            .Distinct(StringComparer.Ordinal)
            .Select(id => usages.GetValueOrDefault(id) ?? new TemplateUsage(id, 0, 0, null))
            .OrderBy(u => u.Total)
            .ThenBy(u => u.LastUsed)
            .ThenBy(u => u.TemplateId, StringComparer.Ordinal)
            .Take(limit)];
    }
}
