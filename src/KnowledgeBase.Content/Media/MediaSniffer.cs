using System.Text;

namespace KnowledgeBase.Content.Media;

/// <summary>
/// Tells a file's type from its first bytes (its "magic number"), never from its name or the
/// content type a browser sent: a script renamed to <c>.png</c> is not a PNG.
/// </summary>
public static class MediaSniffer
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs at most.</summary>
    public const int HeaderLength = 12;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The accepted type these bytes start with, or null.</summary>
    public static MediaType? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature))
        {
            return MediaType.Png;
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return MediaType.Jpeg;
        }

        if (bytes.StartsWith("GIF87a"u8) || bytes.StartsWith("GIF89a"u8))
        {
            return MediaType.Gif;
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return MediaType.Webp;
        }

        return bytes.StartsWith("%PDF-"u8) ? MediaType.Pdf : null;
    }

    /// <summary>
    /// True when the bytes look like an SVG drawing (XML with an <c>&lt;svg</c> element near the
    /// start), so the refusal can say why: SVG can carry script.
    /// </summary>
    public static bool LooksLikeSvg(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') && head.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }
}
