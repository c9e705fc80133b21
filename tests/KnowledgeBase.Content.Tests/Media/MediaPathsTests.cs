using KnowledgeBase.Content.Media;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Media;

public sealed class MediaPathsTests : IDisposable
{
    private readonly TempContentFolder _content = new();

    [Theory]
    [InlineData("media/en/refunds-1a2b3c4d5e.png")]
    [InlineData("media/cs/vraceni-penez.jpg")]
    [InlineData("media/en/returns/Refund_Form.v2.pdf")]
    [InlineData("media/ru/x.webp")]
    public void Resolve_AcceptsPlainNamesUnderALanguageFolder(string path)
    {
        var resolved = MediaPaths.Resolve(_content.Root, path, out var problem);

        Assert.Null(problem);
        Assert.True(resolved.HasValue);
        Assert.Equal(Path.GetFullPath(Path.Combine(_content.Root, path)), resolved.GetValueOrDefault().FullPath);
    }

    [Theory]
    [InlineData("")]
    [InlineData("media/../articles/en/returns/refunds.md")]
    [InlineData("media/en/../../articles/en/x.png")]
    [InlineData("media/en/../x.png")]
    [InlineData("media/en/./x.png")]
    [InlineData("media/en/..")]
    [InlineData("media/en//x.png")]
    [InlineData("media/en/sub/../../../x.png")]
    [InlineData("media/en/..\\..\\secret.png")]
    [InlineData("media/en/%2e%2e/secret.png")]
    [InlineData("media/en/x.png%00.html")]
    [InlineData("media/en/.hidden.png")]
    [InlineData("media/en/x.svg")]
    [InlineData("media/en/x.html")]
    [InlineData("media/en/x.png.html")]
    [InlineData("media/en/x")]
    [InlineData("media/xx/x.png")]
    [InlineData("media/x.png")]
    [InlineData("articles/en/x.png")]
    [InlineData("/etc/passwd")]
    [InlineData("media/en/C:x.png")]
    [InlineData("media/en/x y.png")]
    public void Resolve_RefusesEverythingElse(string path)
    {
        Assert.Null(MediaPaths.Resolve(_content.Root, path, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void Resolve_RefusesAPathThroughASymbolicLink()
    {
        var outside = Path.Combine(Path.GetTempPath(), "kb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        File.WriteAllBytes(Path.Combine(outside, "secret.png"), [1, 2, 3]);
        _content.Link("media/en", outside);

        Assert.Null(MediaPaths.Resolve(_content.Root, "media/en/secret.png", out var problem));
        Assert.Contains("symbolic link", problem, StringComparison.Ordinal);
        Directory.Delete(outside, recursive: true);
    }

    [Theory]
    [InlineData("articles/en/returns/refunds.md", "media/en/refunds-abc.png")]
    [InlineData("templates/cs/Vrácení Peněz.md", "media/cs/vraceni-penez-abc.png")]
    [InlineData("articles/ru/возврат.md", "media/ru/file-abc.png")]
    public void ForDocument_NamesTheFileAfterTheDocument_InItsLanguage(string document, string expected)
    {
        Assert.Equal(expected, MediaPaths.ForDocument(document, "abc", MediaType.Png));
    }

    [Theory]
    [InlineData("")]
    [InlineData("articles/en")]
    [InlineData("articles/xx/refunds.md")]
    [InlineData("media/en/refunds.md")]
    [InlineData("articles/en/refunds.txt")]
    public void ForDocument_IsNull_ForWhatIsNotADocumentPath(string document)
    {
        Assert.Null(MediaPaths.ForDocument(document, "abc", MediaType.Png));
    }

    [Theory]
    [InlineData("/media/en/x.png", "media/en/x.png")]
    [InlineData("/media/en/x.png?v=2#top", "media/en/x.png")]
    [InlineData("media/en/x.png", null)]
    [InlineData("https://example.com/media/en/x.png", null)]
    [InlineData("../media/en/x.png", null)]
    public void FromUrl_TakesOnlyRootedMediaAddresses(string url, string? expected)
    {
        Assert.Equal(expected, MediaPaths.FromUrl(url));
    }

    public void Dispose() => _content.Dispose();
}
