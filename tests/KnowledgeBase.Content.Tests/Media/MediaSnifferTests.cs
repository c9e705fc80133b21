using System.Text;
using KnowledgeBase.Content.Media;
using KnowledgeBase.TestSupport.Media;

namespace KnowledgeBase.Content.Tests.Media;

public sealed class MediaSnifferTests
{
    public static TheoryData<string, byte[], string> KnownFiles => new()
    {
        { "png", TestImages.Png(), "image/png" },
        { "jpeg", TestImages.JpegWithMetadata(), "image/jpeg" },
        { "gif", TestImages.GifWithMetadata(), "image/gif" },
        { "webp", TestImages.WebpWithMetadata(), "image/webp" },
        { "pdf", TestImages.Pdf, "application/pdf" },
    };

    [Theory]
    [MemberData(nameof(KnownFiles))]
    public void Detect_TellsTheTypeFromTheFirstBytes(string kind, byte[] bytes, string contentType)
    {
        var type = MediaSniffer.Detect(bytes);

        Assert.True(type is not null, kind);
        Assert.Equal(contentType, type.ContentType);
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")]
    [InlineData("GIF88a not a gif")]
    [InlineData("RIFF\0\0\0\0WAVEfmt ")]
    [InlineData("‰PNG but spelled in text")]
    [InlineData("%PD")]
    [InlineData("")]
    public void Detect_RefusesAnythingElse_WhateverItIsCalled(string text)
    {
        Assert.Null(MediaSniffer.Detect(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", true)]
    [InlineData("\uFEFF  <svg width=\"1\"/>", true)]
    [InlineData("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg/>", true)]
    [InlineData("<html><body>no drawing</body></html>", false)]
    [InlineData("plain text mentioning <svg> later", false)]
    public void LooksLikeSvg_RecognisesSvgDrawings_SoTheRefusalCanSaySo(string text, bool isSvg)
    {
        Assert.Equal(isSvg, MediaSniffer.LooksLikeSvg(Encoding.UTF8.GetBytes(text)));
    }
}
