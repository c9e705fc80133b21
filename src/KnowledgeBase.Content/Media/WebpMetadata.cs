using System.Buffers.Binary;

namespace KnowledgeBase.Content.Media;

/// <summary>
/// Removes metadata from a WebP without touching its pixels: the <c>EXIF</c>, <c>XMP </c> and
/// <c>ICCP</c> chunks (and chunks this filter does not know) are dropped, the extended header's
/// flags for them cleared and the RIFF size set to what is left.
/// </summary>
internal static class WebpMetadata
{
    private const int HeaderLength = 12;

    // VP8X flags: ICC profile, EXIF and XMP present.
    private const byte MetadataFlags = 0x20 | 0x08 | 0x04;

    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF" };

    public static byte[] Strip(ReadOnlySpan<byte> webp)
    {
        var riffEnd = (long)BinaryPrimitives.ReadUInt32LittleEndian(webp[4..]) + 8;
        if (riffEnd > webp.Length)
        {
            throw new MediaFormatException("the WebP file is cut short");
        }

        using var output = new MemoryStream(webp.Length);
        output.Write(webp[..HeaderLength]);
        var at = HeaderLength;
        var images = 0;
        while (at < riffEnd)
        {
            if (riffEnd - at < 8)
            {
                throw new MediaFormatException("the WebP file has a damaged chunk");
            }

            var name = System.Text.Encoding.ASCII.GetString(webp.Slice(at, 4));
            var size = BinaryPrimitives.ReadUInt32LittleEndian(webp[(at + 4)..]);
            var total = 8L + size + (size & 1);
            if (total > riffEnd - at)
            {
                throw new MediaFormatException("a WebP chunk runs past the end of the file");
            }

            if (Kept.Contains(name))
            {
                var start = (int)output.Position;
                output.Write(webp.Slice(at, (int)total));
                if (name == "VP8X" && size >= 1)
                {
                    var buffer = output.GetBuffer();
                    buffer[start + 8] = (byte)(buffer[start + 8] & ~MetadataFlags);
                }

                images += name is "VP8 " or "VP8L" or "ANMF" ? 1 : 0;
            }

            at += (int)total;
        }

        if (images == 0)
        {
            throw new MediaFormatException("the WebP file holds no image");
        }

        var bytes = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)(bytes.Length - 8));
        return bytes;
    }
}
