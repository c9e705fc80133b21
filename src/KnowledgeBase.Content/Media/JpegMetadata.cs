using System.Buffers.Binary;

namespace KnowledgeBase.Content.Media;

/// <summary>
/// Removes metadata from a JPEG without re-compressing it: the segments are copied as they are,
/// except the application segments that carry EXIF (camera, GPS position, thumbnails), XMP, ICC
/// profiles and IPTC (<c>APP1</c>–<c>APP13</c>, <c>APP15</c>) and comments. <c>APP0</c> (JFIF) and
/// <c>APP14</c> (Adobe: how to read the colours) stay. A photo's EXIF orientation is kept as a
/// new, minimal EXIF segment holding only that value, so a phone picture is not shown on its side.
/// Whatever follows the end-of-image marker is dropped.
/// </summary>
internal static class JpegMetadata
{
    private const byte App0 = 0xE0;
    private const byte App1 = 0xE1;
    private const byte App14 = 0xEE;
    private const byte App15 = 0xEF;
    private const byte Comment = 0xFE;
    private const byte StartOfScan = 0xDA;
    private const byte EndOfImage = 0xD9;
    private const ushort OrientationTag = 0x0112;

    public static byte[] Strip(ReadOnlySpan<byte> jpeg)
    {
        using var body = new MemoryStream(jpeg.Length);
        ushort? orientation = null;
        var at = 2;
        while (true)
        {
            var marker = NextMarker(jpeg, ref at);
            if (marker == EndOfImage)
            {
                body.Write([0xFF, EndOfImage]);
                break;
            }

            if (marker is >= 0xD0 and <= 0xD7 or 0x01)
            {
                // Stand-alone markers have no length.
                body.Write([0xFF, marker]);
                continue;
            }

            if (jpeg.Length - at < 2)
            {
                throw new MediaFormatException("the JPEG file is cut short");
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(jpeg[at..]);
            if (length < 2 || length > jpeg.Length - at)
            {
                throw new MediaFormatException("a JPEG segment runs past the end of the file");
            }

            var payload = jpeg.Slice(at + 2, length - 2);
            at += length;
            if (marker == App1)
            {
                orientation ??= ExifOrientation(payload);
            }

            if (marker is (>= App1 and <= 0xED) or App15 or Comment)
            {
                continue;
            }

            if (marker == App0 && !payload.StartsWith("JFIF\0"u8))
            {
                // JFXX and other APP0 variants may hold a thumbnail: a picture of the original, metadata in effect.
                continue;
            }

            body.Write([0xFF, marker]);
            body.Write(jpeg.Slice(at - length, length));
            if (marker == StartOfScan)
            {
                var end = EndOfScanData(jpeg, at);
                body.Write(jpeg[at..end]);
                at = end;
            }
        }

        using var output = new MemoryStream((int)body.Length + 40);
        output.Write([0xFF, 0xD8]);
        if (orientation is >= 2 and <= 8)
        {
            output.Write(OrientationSegment(orientation.Value));
        }

        body.Position = 0;
        body.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>The marker at <paramref name="at"/> (after any fill bytes); moves past it.</summary>
    private static byte NextMarker(ReadOnlySpan<byte> jpeg, ref int at)
    {
        if (at >= jpeg.Length || jpeg[at] != 0xFF)
        {
            throw new MediaFormatException(at >= jpeg.Length ? "the JPEG file is cut short" : "the JPEG file has a damaged segment");
        }

        while (at < jpeg.Length && jpeg[at] == 0xFF)
        {
            at++;
        }

        if (at >= jpeg.Length)
        {
            throw new MediaFormatException("the JPEG file is cut short");
        }

        var marker = jpeg[at++];
        if (marker is 0x00 or 0xD8)
        {
            throw new MediaFormatException("the JPEG file has a damaged segment");
        }

        return marker;
    }

    /// <summary>
    /// Where the compressed data after a start-of-scan header ends: at the first marker that is not
    /// a stuffed zero (<c>FF 00</c>), a restart marker or a fill byte.
    /// </summary>
    private static int EndOfScanData(ReadOnlySpan<byte> jpeg, int at)
    {
        while (true)
        {
            var next = jpeg[at..].IndexOf((byte)0xFF);
            if (next < 0 || at + next + 1 >= jpeg.Length)
            {
                throw new MediaFormatException("the JPEG file is cut short");
            }

            at += next;
            var following = jpeg[at + 1];
            if (following is 0x00 or 0xFF or (>= 0xD0 and <= 0xD7))
            {
                at += following == 0xFF ? 1 : 2;
                continue;
            }

            return at;
        }
    }

    /// <summary>The orientation (1–8) in an APP1 EXIF payload's first image directory, or null.</summary>
    private static ushort? ExifOrientation(ReadOnlySpan<byte> payload)
    {
        if (!payload.StartsWith("Exif\0\0"u8) || payload.Length < 14)
        {
            return null;
        }

        var tiff = payload[6..];
        var little = tiff.StartsWith("II"u8);
        if (!little && !tiff.StartsWith("MM"u8))
        {
            return null;
        }

        uint U32(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt32LittleEndian(s) : BinaryPrimitives.ReadUInt32BigEndian(s);
        ushort U16(ReadOnlySpan<byte> s) => little ? BinaryPrimitives.ReadUInt16LittleEndian(s) : BinaryPrimitives.ReadUInt16BigEndian(s);
        var directory = U32(tiff[4..]);
        if (directory > tiff.Length - 2)
        {
            return null;
        }

        var count = U16(tiff[(int)directory..]);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)directory + 2 + (i * 12);
            if (entry + 12 > tiff.Length)
            {
                return null;
            }

            if (U16(tiff[entry..]) == OrientationTag)
            {
                var value = U16(tiff[(entry + 8)..]);
                return value is >= 1 and <= 8 ? value : null;
            }
        }

        return null;
    }

    /// <summary>An APP1 segment with a big-endian TIFF header and one directory entry: the orientation.</summary>
    private static byte[] OrientationSegment(ushort orientation) =>
    [
        0xFF, App1, 0x00, 34,
        (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
        (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
        0x00, 0x01,
        0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, (byte)(orientation >> 8), (byte)orientation, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];
}
