using System.Globalization;

namespace KnowledgeBase.Import;

/// <summary>Sizes in messages, the way people read them.</summary>
internal static class Sizes
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    /// <summary>A count as people read it, e.g. "10,000" (the same on every machine).</summary>
    public static string Count(long count) => string.Create(CultureInfo.InvariantCulture, $"{count:N0}");

    /// <summary>A count of characters, e.g. "300,000 characters".</summary>
    public static string Characters(long count) => string.Create(CultureInfo.InvariantCulture, $"{count:N0} characters");
}
