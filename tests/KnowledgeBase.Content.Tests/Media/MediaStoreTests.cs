using System.Text;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Media;
using KnowledgeBase.Content.Tests.Authoring;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Media;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Content.Tests.Media;

public sealed class MediaStoreTests : IDisposable
{
    private const string Refunds = "articles/en/returns/refunds.md";
    private readonly TempContentFolder _content = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", Guid.NewGuid().ToString("N"));

    private KnowledgeBasePaths Paths => new(_content.Root, _data);

    private MediaStore Store(long maxFileBytes = 10 * 1024 * 1024, ContentWriter? writer = null, IContentWrites? writes = null) =>
        new(writes ?? new LocalContentWrites(writer ?? new ContentWriter(Paths)), Options.Create(new MediaOptions { MaxFileBytes = maxFileBytes }));

    [Fact]
    public void Attach_StoresTheImageWithoutMetadata_NamedAfterTheDocumentAndItsContent()
    {
        var result = Store().Attach(TestImages.PngWithMetadata(), "Refund screen.png", Refunds);

        Assert.True(result.IsStored, result.Message);
        Assert.Matches("^media/en/refunds-[0-9a-f]{10}\\.png$", result.RelativePath);
        Assert.Equal("/" + result.RelativePath, result.Url);
        Assert.Equal($"![Refund screen]({result.Url})", result.Markdown);
        var stored = File.ReadAllBytes(Path.Combine(_content.Root, result.RelativePath!));
        Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.ASCII.GetBytes(TestImages.Secret)));
        Assert.Equal(TestImages.PngPixels(TestImages.PngWithMetadata()), TestImages.PngPixels(stored));
    }

    [Fact]
    public void Attach_TheSameFileTwice_GivesTheSameFileAndLink()
    {
        var store = Store();
        var first = store.Attach(TestImages.PngWithMetadata(), "image.png", Refunds);

        var second = store.Attach(TestImages.PngWithMetadata(), "image.png", Refunds);

        Assert.False(first.AlreadyStored);
        Assert.True(second.AlreadyStored);
        Assert.Equal(first.Markdown, second.Markdown);
        Assert.Single(Directory.GetFiles(Path.Combine(_content.Root, "media", "en")));
    }

    [Fact]
    public void Attach_AnotherPicture_GetsAnotherName()
    {
        var store = Store();

        var red = store.Attach(TestImages.Png(red: 255), "image.png", Refunds);
        var blue = store.Attach(TestImages.Png(blue: 255), "image.png", Refunds);

        Assert.NotEqual(red.RelativePath, blue.RelativePath);
    }

    [Fact]
    public void Attach_Pdf_IsLinkedByName()
    {
        var result = Store().Attach(TestImages.Pdf, "refund-form.pdf", "templates/cs/refund.md");

        Assert.True(result.IsStored, result.Message);
        Assert.Matches("^\\[refund-form\\.pdf\\]\\(/media/cs/refund-[0-9a-f]{10}\\.pdf\\)$", result.Markdown);
    }

    [Fact]
    public void Attach_Svg_IsRefused_SayingWhy()
    {
        var result = Store().Attach(TestImages.Svg, "drawing.svg", Refunds);

        Assert.Equal(MediaRefusal.Svg, result.Refusal);
        Assert.Contains("SVG", result.Message, StringComparison.Ordinal);
        Assert.Contains("script", result.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_content.Root, "media")));
    }

    [Fact]
    public void Attach_AScriptCalledPng_IsRefused_ByItsBytes()
    {
        var result = Store().Attach(Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "screenshot.png", Refunds);

        Assert.Equal(MediaRefusal.UnsupportedType, result.Refusal);
        Assert.Contains("PNG, JPEG, GIF and WebP", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attach_OverTheLimit_IsRefused_NamingTheLimit()
    {
        var result = Store(maxFileBytes: 2 * 1024 * 1024).Attach(new byte[(2 * 1024 * 1024) + 1], "big.png", Refunds);

        Assert.Equal(MediaRefusal.TooLarge, result.Refusal);
        Assert.Contains("2 MB", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attach_ADamagedImage_IsRefused()
    {
        var result = Store().Attach(TestImages.Png()[..40], "cut.png", Refunds);

        Assert.Equal(MediaRefusal.Damaged, result.Refusal);
        Assert.Contains("cut short", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../../../etc/passwd")]
    [InlineData("articles/xx/refunds.md")]
    [InlineData("media/en/x.md")]
    public void Attach_ForSomethingThatIsNotADocument_IsRefused_AndWritesNothing(string document)
    {
        var result = Store().Attach(TestImages.Png(), "image.png", document);

        Assert.Equal(MediaRefusal.NoDocument, result.Refusal);
        Assert.False(Directory.Exists(Path.Combine(_content.Root, "media")));
    }

    [Fact]
    public void Attach_OnAFullDisk_SaysSo_AndLeavesNoFile()
    {
        var writer = new ContentWriter(Paths, path => new FailingStream(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None), 10));

        var result = Store(writer: writer).Attach(TestImages.Png(), "image.png", Refunds);

        Assert.Equal(MediaRefusal.DiskFull, result.Refusal);
        Assert.Contains("disk is full", result.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_content.Root, "media"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Attach_WhenTheSharedDatabaseOfSeveralNodesDoesNotAnswer_SaysNotAttached_AndWhy()
    {
        var result = Store(writes: new UnrecordableWrites()).Attach(TestImages.Png(), "image.png", Refunds);

        Assert.Equal(MediaRefusal.WriteFailed, result.Refusal);
        Assert.StartsWith("Not attached: the shared database did not answer", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attach_IntoAMediaFolderThatIsASymbolicLink_IsRefused_AndWritesNothingThere()
    {
        var outside = Path.Combine(Path.GetTempPath(), "kb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        _content.Link("media", outside);

        var result = Store().Attach(TestImages.Png(), "image.png", Refunds);

        Assert.Equal(MediaRefusal.NotWritable, result.Refusal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Directory.Delete(outside, recursive: true);
    }

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    /// <summary>Several nodes whose shared database is down: every write is refused the way the cluster's are.</summary>
    private sealed class UnrecordableWrites : IContentWrites
    {
        public SaveResult Create(string relativePath, string text) => throw Unavailable(relativePath);

        public SaveResult Save(string relativePath, string text, string expectedHash) => throw Unavailable(relativePath);

        public SaveResult Rename(string fromPath, string toPath, string expectedHash) => throw Unavailable(fromPath);

        public (TrashedFile? Trashed, SaveResult Result) Trash(string relativePath, string expectedHash, DateTimeOffset now) => throw Unavailable(relativePath);

        public SaveResult Untrash(string trashPath, string relativePath) => throw Unavailable(relativePath);

        public SaveResult CreateMedia(string relativePath, byte[] bytes) => throw Unavailable(relativePath);

        private static ContentWriteException Unavailable(string path) =>
            new(path, WriteProblem.SharedStoreUnavailable, new TimeoutException("no answer"));
    }
}
