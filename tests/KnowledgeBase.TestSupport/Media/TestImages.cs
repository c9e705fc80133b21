using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace KnowledgeBase.TestSupport.Media;

/// <summary>
/// Small, valid image files built byte by byte (no image library), with the metadata a camera, a
/// phone or an editing program leaves in them, for the media tests.
/// </summary>
public static class TestImages
{
    /// <summary>A secret every metadata block below carries: a stripped file must not contain it.</summary>
    public const string Secret = "GPS 50.0875N 14.4213E Jana's iPhone";

    /// <summary>A PNG of <paramref name="width"/> × <paramref name="height"/> solid pixels, with text, XMP, EXIF, ICC and time chunks, and a file glued behind it.</summary>
    public static byte[] PngWithMetadata(int width = 4, int height = 3, byte red = 200, byte green = 40, byte blue = 40) =>
        Png(width, height, red, green, blue, withMetadata: true);

    /// <summary>A PNG with only the chunks an image needs.</summary>
    public static byte[] Png(int width = 4, int height = 3, byte red = 200, byte green = 40, byte blue = 40, bool withMetadata = false)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        if (withMetadata)
        {
            Chunk(png, "tEXt", Encoding.Latin1.GetBytes("Author\0" + Secret));
            Chunk(png, "iTXt", Encoding.UTF8.GetBytes("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta>" + Secret + "</x:xmpmeta>"));
            Chunk(png, "eXIf", [.. "MM\0*"u8, 0, 0, 0, 8, .. Encoding.ASCII.GetBytes(Secret)]);
            Chunk(png, "iCCP", [.. Encoding.Latin1.GetBytes("Display P3\0"), 0, .. Compress(Encoding.ASCII.GetBytes(Secret))]);
            Chunk(png, "tIME", [0x07, 0xEA, 11, 23, 10, 0, 0]);
        }

        Chunk(png, "pHYs", [0, 0, 0x0B, 0x13, 0, 0, 0x0B, 0x13, 1]);
        Chunk(png, "IDAT", Compress(Scanlines(width, height, red, green, blue)));
        Chunk(png, "IEND", []);
        if (withMetadata)
        {
            png.Write(Encoding.ASCII.GetBytes("<script>alert(1)</script>" + Secret));
        }

        return png.ToArray();
    }

    /// <summary>The chunk types of a PNG, in order.</summary>
    public static IReadOnlyList<string> PngChunkTypes(byte[] png)
    {
        var types = new List<string>();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            types.Add(Encoding.ASCII.GetString(png, at + 4, 4));
            at += 12 + length;
        }

        return types;
    }

    /// <summary>The decompressed pixel rows of a PNG (its IDAT chunks inflated): equal rows, equal picture.</summary>
    public static byte[] PngPixels(byte[] png)
    {
        using var compressed = new MemoryStream();
        for (var at = 8; at + 8 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (Encoding.ASCII.GetString(png, at + 4, 4) == "IDAT")
            {
                compressed.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var pixels = new MemoryStream();
        inflater.CopyTo(pixels);
        return pixels.ToArray();
    }

    /// <summary>
    /// A JPEG's segment structure as a camera writes it: JFIF, EXIF (orientation 6 and the secret),
    /// XMP, an ICC profile, IPTC, a comment, tables, a frame, a scan whose data holds stuffed bytes and
    /// a restart marker, the end, and a file glued behind it. Its pixels are not a real picture; the
    /// filter never decodes them.
    /// </summary>
    public static byte[] JpegWithMetadata(ushort orientation = 6)
    {
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        Segment(jpeg, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(jpeg, 0xE1, Exif(orientation));
        Segment(jpeg, 0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.ASCII.GetBytes("<x:xmpmeta>" + Secret + "</x:xmpmeta>")]);
        Segment(jpeg, 0xE2, [.. "ICC_PROFILE\0"u8, 1, 1, .. Encoding.ASCII.GetBytes(Secret)]);
        Segment(jpeg, 0xED, [.. "Photoshop 3.0\0"u8, .. Encoding.ASCII.GetBytes(Secret)]);
        Segment(jpeg, 0xFE, Encoding.ASCII.GetBytes(Secret));
        Segment(jpeg, 0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);
        Segment(jpeg, 0xC0, [8, 0, 8, 0, 8, 1, 1, 0x11, 0]);
        Segment(jpeg, 0xC4, [0, .. new byte[16]]);
        Segment(jpeg, 0xEE, [.. "Adobe"u8, 0, 100, 0, 0, 0, 0, 1]);
        Segment(jpeg, 0xDA, [1, 1, 0, 0, 63, 0]);
        jpeg.Write(ScanData);
        jpeg.Write([0xFF, 0xD9]);
        jpeg.Write(Encoding.ASCII.GetBytes("<script>alert(1)</script>" + Secret));
        return jpeg.ToArray();
    }

    /// <summary>The entropy-coded bytes <see cref="JpegWithMetadata"/> puts after its scan header (a stuffed FF 00 and a restart marker inside).</summary>
    public static byte[] ScanData { get; } = [0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD0, 0x78, 0x9A];

    /// <summary>The markers of a JPEG's segments, in order, up to the start of scan.</summary>
    public static IReadOnlyList<byte> JpegMarkers(byte[] jpeg)
    {
        var markers = new List<byte>();
        for (var at = 2; at + 4 <= jpeg.Length;)
        {
            var marker = jpeg[at + 1];
            markers.Add(marker);
            if (marker == 0xDA)
            {
                break;
            }

            at += 2 + BinaryPrimitives.ReadUInt16BigEndian(jpeg.AsSpan(at + 2));
        }

        return markers;
    }

    /// <summary>A 64 × 40 JPEG as Chromium's canvas encodes it (JFIF, an ICC profile, tables, one scan).</summary>
    public static byte[] RealJpeg { get; } = Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAoAEADASIAAhEBAxEB/8QAHAAAAwACAwEAAAAAAAAAAAAAAAECBggEBQcJ/8QALBABAQAAAwINBQAAAAAAAAAAAAEDBhIRFAIEBQcIExYXIzFVpNIyRlGEw//EABkBAQACAwAAAAAAAAAAAAAAAAUGBwIDBP/EACQRAAICAgEDBAMAAAAAAAAAAAABAgMEERIFMVEUIjNhQYHh/9oADAMBAAIRAxEAPwDyypp1v6yj7Cxus9W9C4rjy5b/ADrtr6fk0Aqa+gLX7pYfa37X8Xbj28pqGgCHWXk2KHDW/v8Ahr9U06mnaYGnItFSopUnTADyLTlVn3fHnv132eB8GAVNRCupPuifZirt+SKevK2egXnjz3677PA+DHc25y5ezbuvaHj+97rr6nwcPD06tmr6ODNu3TPP8OgqaSpogntIDtjVB7jFL9BU0UqWqgEZFoqVFKlKawPItOVU0BD6UixciTFU0AnSkB5EmTSoBOpIDyJMmlQClSQHkSZ//9k=");

    /// <summary>A 64 × 40 lossy WebP as Chromium's canvas encodes it (extended header, ICC profile, VP8 image).</summary>
    public static byte[] RealWebp { get; } = Convert.FromBase64String(
        "UklGRrwCAABXRUJQVlA4WAoAAAAgAAAAPwAAJwAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggzgAAAHAGAJ0BKkAAKAA+bTKURyQjIiEqqACADYlkALszVXiHy3I59LMP8BRVjY6YYf79kppKeoPHth92sPRcgAD+9XYD2f9ffPK5/+05B+civ9Ce2IaX9/ECpRZbTNq2F694N5/3cJMUj5YemRMwybP16utq1dTnGo8D+DbhS//xATf/oDkbsxgLOUhUPv/lJa3DSZ45hu4ZfeIZLFmhgJm0QJNtJfQAe1Lj5+d0Fw3m1zEfW0SyL5lxHa2Uv3K4I8f5jCzuDYY9/Zlv0aYu4AAA");

    /// <summary>
    /// <see cref="RealJpeg"/> as a phone would leave it: EXIF (with <paramref name="orientation"/> and
    /// the secret), XMP and a comment right after the start of the image.
    /// </summary>
    public static byte[] RealJpegWithMetadata(ushort orientation = 1)
    {
        using var jpeg = new MemoryStream();
        jpeg.Write(RealJpeg.AsSpan(0, 2));
        Segment(jpeg, 0xE1, Exif(orientation));
        Segment(jpeg, 0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.ASCII.GetBytes("<x:xmpmeta>" + Secret + "</x:xmpmeta>")]);
        Segment(jpeg, 0xFE, Encoding.ASCII.GetBytes(Secret));
        jpeg.Write(RealJpeg.AsSpan(2));
        return jpeg.ToArray();
    }

    /// <summary>A 1 × 1 GIF with a comment, an XMP application extension, the looping extension, and a file glued behind it.</summary>
    public static byte[] GifWithMetadata()
    {
        using var gif = new MemoryStream();
        gif.Write("GIF89a"u8);
        gif.Write([1, 0, 1, 0, 0x80, 0, 0]);
        gif.Write([0, 0, 0, 255, 255, 255]);
        gif.Write([0x21, 0xFF, 11, .. "NETSCAPE2.0"u8, 3, 1, 0, 0, 0]);
        gif.Write([0x21, 0xFE, (byte)Secret.Length, .. Encoding.ASCII.GetBytes(Secret), 0]);
        gif.Write([0x21, 0xFF, 11, .. "XMP DataXMP"u8, (byte)Secret.Length, .. Encoding.ASCII.GetBytes(Secret), 0]);
        gif.Write(GifImage);
        gif.Write([0x3B]);
        gif.Write(Encoding.ASCII.GetBytes(Secret));
        return gif.ToArray();
    }

    /// <summary>The graphic control extension and image of <see cref="GifWithMetadata"/>, byte for byte.</summary>
    public static byte[] GifImage { get; } =
        [0x21, 0xF9, 4, 0, 0, 0, 0, 0, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0];

    /// <summary>An extended WebP with an ICC profile, a lossless image, EXIF and XMP (the image bytes are not a real picture; the filter never decodes them).</summary>
    public static byte[] WebpWithMetadata()
    {
        using var chunks = new MemoryStream();
        RiffChunk(chunks, "VP8X", [0x20 | 0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        RiffChunk(chunks, "ICCP", Encoding.ASCII.GetBytes(Secret));
        RiffChunk(chunks, "VP8L", WebpImage);
        RiffChunk(chunks, "EXIF", [.. "MM\0*"u8, .. Encoding.ASCII.GetBytes(Secret)]);
        RiffChunk(chunks, "XMP ", Encoding.ASCII.GetBytes("<x:xmpmeta>" + Secret + "</x:xmpmeta>"));
        using var webp = new MemoryStream();
        webp.Write("RIFF"u8);
        webp.Write(BitConverter.GetBytes((uint)(chunks.Length + 4)));
        webp.Write("WEBP"u8);
        chunks.Position = 0;
        chunks.CopyTo(webp);
        return webp.ToArray();
    }

    /// <summary>The VP8L payload of <see cref="WebpWithMetadata"/> (odd length, so the chunk is padded).</summary>
    public static byte[] WebpImage { get; } = [0x2F, 0, 0, 0, 0, 0x07, 0x10, 0x11, 0x24, 0x00, 0x01];

    /// <summary>An SVG drawing with a script in it.</summary>
    public static byte[] Svg { get; } = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(document.cookie)</script><rect width=\"10\" height=\"10\"/></svg>\n");

    /// <summary>A minimal PDF.</summary>
    public static byte[] Pdf { get; } = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    private static byte[] Exif(ushort orientation)
    {
        // Little-endian TIFF: two entries (orientation, then an ASCII make holding the secret).
        var make = Encoding.ASCII.GetBytes(Secret + "\0");
        using var tiff = new MemoryStream();
        tiff.Write("Exif\0\0II*\0"u8);
        tiff.Write(BitConverter.GetBytes(8u));
        tiff.Write(BitConverter.GetBytes((ushort)2));
        tiff.Write([0x0F, 0x01, 2, 0, .. BitConverter.GetBytes((uint)make.Length), .. BitConverter.GetBytes(8u + 2 + 24 + 4)]);
        tiff.Write([0x12, 0x01, 3, 0, 1, 0, 0, 0, .. BitConverter.GetBytes(orientation), 0, 0]);
        tiff.Write(BitConverter.GetBytes(0u));
        tiff.Write(make);
        return tiff.ToArray();
    }

    private static byte[] Scanlines(int width, int height, byte red, byte green, byte blue)
    {
        var rows = new byte[height * (1 + (width * 3))];
        for (var y = 0; y < height; y++)
        {
            var row = y * (1 + (width * 3));
            for (var x = 0; x < width; x++)
            {
                rows[row + 1 + (x * 3)] = red;
                rows[row + 2 + (x * 3)] = green;
                rows[row + 3 + (x * 3)] = blue;
            }
        }

        return rows;
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var deflater = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflater.Write(data);
        }

        return output.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32([.. typeBytes, .. data]));
        png.Write(number);
    }

    private static void Segment(Stream jpeg, byte marker, byte[] payload)
    {
        jpeg.Write([0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2)]);
        jpeg.Write(payload);
    }

    private static void RiffChunk(Stream webp, string type, byte[] data)
    {
        webp.Write(Encoding.ASCII.GetBytes(type));
        webp.Write(BitConverter.GetBytes((uint)data.Length));
        webp.Write(data);
        if (data.Length % 2 == 1)
        {
            webp.WriteByte(0);
        }
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
