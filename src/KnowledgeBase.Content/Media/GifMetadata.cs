namespace KnowledgeBase.Content.Media;

/// <summary>
/// Removes metadata from a GIF without touching its frames: comment extensions and application
/// extensions (XMP, ICC profiles) are dropped, except the looping one browsers read
/// (<c>NETSCAPE2.0</c>); whatever follows the trailer is dropped too.
/// </summary>
internal static class GifMetadata
{
    private const byte ExtensionIntroducer = 0x21;
    private const byte ImageSeparator = 0x2C;
    private const byte Trailer = 0x3B;
    private const byte CommentLabel = 0xFE;
    private const byte ApplicationLabel = 0xFF;

    public static byte[] Strip(ReadOnlySpan<byte> gif)
    {
        using var output = new MemoryStream(gif.Length);

        // Header (6) and logical screen descriptor (7), then the global colour table if the flag says so.
        var at = 13;
        Need(gif, at);
        at += ColourTableLength(gif[10]);
        Need(gif, at);
        output.Write(gif[..at]);
        while (true)
        {
            Need(gif, at + 1);
            var introducer = gif[at];
            if (introducer == Trailer)
            {
                output.WriteByte(Trailer);
                return output.ToArray();
            }

            var start = at;
            if (introducer == ImageSeparator)
            {
                // Image descriptor (10), local colour table, LZW minimum code size (1), then the data sub-blocks.
                Need(gif, at + 10);
                at += 10 + ColourTableLength(gif[at + 9]) + 1;
                at = SkipSubBlocks(gif, at);
                output.Write(gif[start..at]);
            }
            else if (introducer == ExtensionIntroducer)
            {
                Need(gif, at + 2);
                var label = gif[at + 1];
                at = SkipSubBlocks(gif, at + 2);
                if (label != CommentLabel && (label != ApplicationLabel || IsLooping(gif[start..at])))
                {
                    output.Write(gif[start..at]);
                }
            }
            else
            {
                throw new MediaFormatException("the GIF file has a damaged block");
            }
        }
    }

    private static int ColourTableLength(byte packed) => (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));

    /// <summary>Past a chain of sub-blocks (a length byte, that many bytes, … a zero length).</summary>
    private static int SkipSubBlocks(ReadOnlySpan<byte> gif, int at)
    {
        while (true)
        {
            Need(gif, at + 1);
            var size = gif[at];
            at += 1 + size;
            if (size == 0)
            {
                return at;
            }
        }
    }

    // 0x21 0xFF 0x0B "NETSCAPE2.0" (or the older "ANIMEXTS1.0"): the loop count.
    private static bool IsLooping(ReadOnlySpan<byte> extension) =>
        extension.Length >= 14 && extension[2] == 11 && (extension[3..14].SequenceEqual("NETSCAPE2.0"u8) || extension[3..14].SequenceEqual("ANIMEXTS1.0"u8));

    private static void Need(ReadOnlySpan<byte> gif, int length)
    {
        if (gif.Length < length)
        {
            throw new MediaFormatException("the GIF file is cut short");
        }
    }
}
