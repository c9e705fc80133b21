using System.Text;
using KnowledgeBase.Content.Media;
using KnowledgeBase.TestSupport.Media;

namespace KnowledgeBase.Content.Tests.Media;

public sealed class MetadataStripperTests
{
    private static readonly byte[] SecretBytes = Encoding.ASCII.GetBytes(TestImages.Secret);

    [Fact]
    public void Png_LosesTextXmpExifIccTimeAndTheGluedOnTail_KeepsItsPixels()
    {
        var original = TestImages.PngWithMetadata();

        var stripped = MetadataStripper.Strip(MediaType.Png, original);

        Assert.Equal(["IHDR", "pHYs", "IDAT", "IEND"], TestImages.PngChunkTypes(stripped));
        Assert.Equal(TestImages.PngPixels(original), TestImages.PngPixels(stripped));
        Assert.Equal(-1, stripped.AsSpan().IndexOf(SecretBytes));
        Assert.Equal(-1, stripped.AsSpan().IndexOf("<script>"u8));
    }

    [Fact]
    public void Png_WithoutMetadata_IsUnchanged()
    {
        var clean = TestImages.Png();

        Assert.Equal(clean, MetadataStripper.Strip(MediaType.Png, clean));
    }

    [Fact]
    public void Jpeg_LosesExifXmpIccIptcAndComments_KeepsTablesFrameScanAndOrientation()
    {
        var stripped = MetadataStripper.Strip(MediaType.Jpeg, TestImages.JpegWithMetadata(orientation: 6));

        // After the start: the orientation-only EXIF, JFIF, quantisation, frame, Huffman, Adobe, scan.
        Assert.Equal(new byte[] { 0xE1, 0xE0, 0xDB, 0xC0, 0xC4, 0xEE, 0xDA }, TestImages.JpegMarkers(stripped).ToArray());
        Assert.Equal(new byte[] { 0xFF, 0xD8 }, stripped[..2]);
        Assert.Equal(-1, stripped.AsSpan().IndexOf(SecretBytes));
        Assert.Equal(-1, stripped.AsSpan().IndexOf("http://ns.adobe.com/xap"u8));
        Assert.Equal(-1, stripped.AsSpan().IndexOf("ICC_PROFILE"u8));
        Assert.EndsWith(Convert.ToHexString([.. TestImages.ScanData, 0xFF, 0xD9]), Convert.ToHexString(stripped), StringComparison.Ordinal);

        // The kept EXIF says orientation 6 (rotate 90°) and nothing else.
        var exif = stripped.AsSpan(6, 34 - 2);
        Assert.True(exif.StartsWith("Exif\0\0MM"u8));
        Assert.Equal(new byte[] { 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06 }, exif.Slice(16, 10).ToArray());
    }

    [Fact]
    public void Jpeg_UprightPhoto_GetsNoExifAtAll()
    {
        var stripped = MetadataStripper.Strip(MediaType.Jpeg, TestImages.JpegWithMetadata(orientation: 1));

        Assert.DoesNotContain((byte)0xE1, TestImages.JpegMarkers(stripped));
    }

    [Fact]
    public void RealJpeg_FromABrowsersEncoder_LosesItsMetadata_AndKeepsEveryTableAndScanByteForByte()
    {
        var stripped = MetadataStripper.Strip(MediaType.Jpeg, TestImages.RealJpegWithMetadata());

        Assert.Equal(new byte[] { 0xE0, 0xDB, 0xDB, 0xC0, 0xC4, 0xC4, 0xC4, 0xC4, 0xDA }, TestImages.JpegMarkers(stripped).ToArray());
        Assert.Equal(-1, stripped.AsSpan().IndexOf(SecretBytes));
        Assert.Equal(-1, stripped.AsSpan().IndexOf("ICC_PROFILE"u8));
        var tables = TestImages.RealJpeg.AsSpan().IndexOf(new byte[] { 0xFF, 0xDB });
        Assert.True(stripped.AsSpan().EndsWith(TestImages.RealJpeg.AsSpan(tables)));
    }

    [Fact]
    public void RealWebp_FromABrowsersEncoder_LosesItsIccProfile_AndKeepsItsImage()
    {
        var stripped = MetadataStripper.Strip(MediaType.Webp, TestImages.RealWebp);
        var image = TestImages.RealWebp.AsSpan().IndexOf("VP8 "u8);

        Assert.Equal(-1, stripped.AsSpan().IndexOf("ICCP"u8));
        Assert.Equal(0, stripped[20] & 0x20);
        Assert.True(stripped.AsSpan().EndsWith(TestImages.RealWebp.AsSpan(image)));
        Assert.Equal((uint)(stripped.Length - 8), BitConverter.ToUInt32(stripped, 4));
    }

    [Fact]
    public void Gif_LosesCommentsAndXmp_KeepsLoopingAndFrames()
    {
        var stripped = MetadataStripper.Strip(MediaType.Gif, TestImages.GifWithMetadata());

        Assert.Equal(-1, stripped.AsSpan().IndexOf(SecretBytes));
        Assert.NotEqual(-1, stripped.AsSpan().IndexOf("NETSCAPE2.0"u8));
        Assert.NotEqual(-1, stripped.AsSpan().IndexOf(TestImages.GifImage));
        Assert.Equal(0x3B, stripped[^1]);
    }

    [Fact]
    public void Webp_LosesExifXmpIcc_ClearsTheirFlags_AndFixesTheSize()
    {
        var stripped = MetadataStripper.Strip(MediaType.Webp, TestImages.WebpWithMetadata());

        Assert.Equal(-1, stripped.AsSpan().IndexOf(SecretBytes));
        Assert.Equal((uint)(stripped.Length - 8), BitConverter.ToUInt32(stripped, 4));
        Assert.Equal("VP8X", Encoding.ASCII.GetString(stripped, 12, 4));
        Assert.Equal(0, stripped[20]);
        Assert.Equal("VP8L", Encoding.ASCII.GetString(stripped, 30, 4));
        Assert.Equal(TestImages.WebpImage, stripped.AsSpan(38, TestImages.WebpImage.Length).ToArray());
        Assert.Equal(38 + TestImages.WebpImage.Length + 1, stripped.Length);
    }

    [Fact]
    public void Pdf_IsStoredAsItIs()
    {
        Assert.Equal(TestImages.Pdf, MetadataStripper.Strip(MediaType.Pdf, TestImages.Pdf));
    }

    public static TheoryData<string, byte[]> Damaged => new()
    {
        { "png cut in its pixels", TestImages.Png()[..40] },
        { "png without its end", TestImages.Png()[..^12] },
        { "png with a huge chunk length", [.. TestImages.Png()[..8], 0x7F, 0xFF, 0xFF, 0xFF, .. "IHDR"u8, 0, 0, 0, 0] },
        { "jpeg cut in its scan", TestImages.JpegWithMetadata()[..^66] },
        { "jpeg with only its start", [0xFF, 0xD8, 0xFF] },
        { "gif cut after its header", TestImages.GifWithMetadata()[..16] },
        { "webp claiming more than it has", [.. "RIFF"u8, 0xFF, 0xFF, 0, 0, .. "WEBP"u8] },
        { "webp with no image", [.. "RIFF"u8, 4, 0, 0, 0, .. "WEBP"u8] },
    };

    [Theory]
    [MemberData(nameof(Damaged))]
    public void DamagedFiles_AreRefused_NeverStoredHalfRead(string kind, byte[] bytes)
    {
        var type = MediaSniffer.Detect(bytes);
        Assert.True(type is not null, kind);

        Assert.Throws<MediaFormatException>(() => MetadataStripper.Strip(type, bytes));
    }
}
