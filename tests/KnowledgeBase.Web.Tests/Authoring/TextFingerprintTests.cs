using KnowledgeBase.Web.Authoring;

namespace KnowledgeBase.Web.Tests.Authoring;

/// <summary>js/editor.js computes the same hash: published FNV-1a values pin both to one definition.</summary>
public sealed class TextFingerprintTests
{
    [Theory]
    [InlineData("", 0x811C9DC5u)]
    [InlineData("a", 0xE40C292Cu)]
    [InlineData("foobar", 0xBF9CF968u)]
    [InlineData("doba doručení — сроки доставки", 0x2BDB3A84u)] // EditorScriptTests checks js/editor.js gives the same
    public void Of_MatchesPublishedFnv1aValues_ForAsciiText(string text, uint expected) =>
        Assert.Equal(expected, TextFingerprint.Of(text));

    [Fact]
    public void Of_HashesUtf16CodeUnits_SoAccentedTextDiffersFromItsFolding() =>
        Assert.NotEqual(TextFingerprint.Of("doba doručení"), TextFingerprint.Of("doba doruceni"));
}
