using System.Globalization;
using DotLiquid;

namespace KnowledgeBase.Templates.Liquid;

/// <summary>The filters a reply template may use: DotLiquid's standard filters, nothing registered by us.</summary>
public static class LiquidFilters
{
    /// <summary>
    /// DotLiquid's own answer to "would this name run?", so the list can never drift from the
    /// pinned version. A strainer is per render context; one kept here only answers questions.
    /// </summary>
    private static readonly Strainer Known = Strainer.Create(new Context(CultureInfo.InvariantCulture));

    private static readonly Lock Gate = new();

    /// <summary>True when DotLiquid would run a filter named <paramref name="name"/> (names are case-sensitive: <c>upcase</c>).</summary>
    public static bool IsKnown(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        lock (Gate)
        {
            // Strainer keeps a plain dictionary; lookups from several renders at once are serialised to be safe.
            return Known.RespondTo(name);
        }
    }
}
