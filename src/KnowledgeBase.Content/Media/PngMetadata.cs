using System.Buffers.Binary;

namespace KnowledgeBase.Content.Media;

/// <summary>
/// Removes metadata from a PNG without touching its pixels: the chunks are copied as they are,
/// except text (<c>tEXt</c>, <c>zTXt</c>, <c>iTXt</c>, where XMP lives), <c>eXIf</c>, the ICC
/// profile (<c>iCCP</c>), the time stamp and any chunk this filter does not know. Whatever follows
/// <c>IEND</c> (a file glued behind the image) is dropped too.
/// </summary>
internal static class PngMetadata
{
    private const int SignatureLength = 8;

    // What a decoder needs to show the image (animated PNG included) and how to show it; nothing that describes where it came from.
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "sBIT", "bKGD", "pHYs", "hIST", "cICP", "acTL", "fcTL", "fdAT",
    };

    public static byte[] Strip(ReadOnlySpan<byte> png)
    {
        using var output = new MemoryStream(png.Length);
        output.Write(png[..SignatureLength]);
        var at = SignatureLength;
        var first = true;
        while (true)
        {
            if (png.Length - at < 12)
            {
                throw new MediaFormatException("the PNG file is cut short");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(png[at..]);
            if (length > int.MaxValue || length > (uint)(png.Length - at - 12))
            {
                throw new MediaFormatException("a PNG chunk runs past the end of the file");
            }

            var type = png.Slice(at + 4, 4);
            foreach (var letter in type)
            {
                if (!char.IsAsciiLetter((char)letter))
                {
                    throw new MediaFormatException("the PNG file has a damaged chunk");
                }
            }

            var name = System.Text.Encoding.ASCII.GetString(type);
            if (first && name != "IHDR")
            {
                throw new MediaFormatException("the PNG file does not start with its header chunk");
            }

            first = false;
            var total = 12 + (int)length;
            if (Kept.Contains(name))
            {
                output.Write(png.Slice(at, total));
            }

            at += total;
            if (name == "IEND")
            {
                return output.ToArray();
            }
        }
    }
}
