namespace KnowledgeBase.Import.HelpDesks;

/// <summary>Small text helpers the readers share.</summary>
internal static class ItemText
{
    /// <summary>Splits a Zendesk-style title (<c>Shipping::Delivery delayed</c>) into its categories and its own title.</summary>
    public static (IReadOnlyList<string> Categories, string Title) SplitCategories(string title)
    {
        var parts = title.Split("::", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            0 => ([], title.Trim()),
            1 => ([], parts[0]),
            _ => (parts[..^1], parts[^1]),
        };
    }

    /// <summary>A title from a short code (<c>refund_policy</c> → <c>Refund policy</c>).</summary>
    public static string Humanize(string code)
    {
        var words = code.Trim().TrimStart('/').Replace('_', ' ').Replace('-', ' ');
        words = string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return words.Length == 0 ? code : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static IReadOnlyList<string> NonEmpty(params string?[] values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
}
