namespace KnowledgeBase.Templates.Liquid;

/// <summary>The filters a reply template may use: Fluid's standard filters, nothing registered by us.</summary>
public static class LiquidFilters
{
    /// <summary>True when the engine would run a filter named <paramref name="name"/> (names are case-sensitive: <c>upcase</c>).</summary>
    /// <remarks>
    /// Asks the filter collection the renderer itself uses, so the answer can never drift from the
    /// engine. The collection is read-only once the options are built, so lookups need no lock.
    /// </remarks>
    public static bool IsKnown(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return LiquidEngine.Options.Filters.TryGetValue(name, out _);
    }
}
