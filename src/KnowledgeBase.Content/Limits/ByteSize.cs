using System.Globalization;

namespace KnowledgeBase.Content.Limits;

/// <summary>Sizes as people read them in a finding: <c>3 MB</c>, <c>1.4 MB</c>, <c>64 KB</c>, <c>900 bytes</c>.</summary>
internal static class ByteSize
{
    private const double Kilobyte = 1024;
    private const double Megabyte = 1024 * 1024;

    public static string Format(long bytes) => bytes switch
    {
        >= 1024 * 1024 => $"{Round(bytes / Megabyte)} MB",
        >= 1024 => $"{Round(bytes / Kilobyte)} KB",
        _ => $"{bytes} bytes",
    };

    // One decimal, dropped when it is zero, and never rounded up to the limit it is compared with.
    private static string Round(double value) => (Math.Floor(value * 10) / 10).ToString("0.#", CultureInfo.InvariantCulture);
}
