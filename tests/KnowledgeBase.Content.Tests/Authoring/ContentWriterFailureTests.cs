using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Filesystems;

namespace KnowledgeBase.Content.Tests.Authoring;

/// <summary>
/// Saving when the disk is full or the write fails: the file on disk stays as it was, no temporary
/// file is left in content/, and the caller learns what happened (disk full or another I/O error).
/// </summary>
public sealed class ContentWriterFailureTests : IDisposable
{
    private const string TinyFolder = "articles/en/tiny";
    private const string Path1 = TinyFolder + "/refund.md";
    private const string Original = "---\ntitle: Refunds\n---\nOld body.\n";

    private static readonly string Large = "---\ntitle: Refunds\n---\n" + string.Concat(Enumerable.Repeat("A long paragraph about refunds and returns.\n", 4_000));

    private readonly TempContentFolder _content = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "writer-" + Guid.NewGuid().ToString("N"));

    private KnowledgeBasePaths Paths => new(_content.Root, _data);

    private string Folder => Path.Combine(_content.Root, TinyFolder);

    private ContentWriter FailingAfter(long bytes) =>
        new(Paths, path => new FailingStream(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None), bytes));

    [Fact]
    public void Save_WhenTheDiskFillsUp_KeepsTheFile_LeavesNoTempFile_AndSaysDiskFull()
    {
        _content.Write(Path1, Original);
        var writer = FailingAfter(100);

        var error = Assert.Throws<ContentWriteException>(() => writer.Save(Path1, Large, TextHash.Of(Original)));

        Assert.Equal(WriteProblem.DiskFull, error.Problem);
        Assert.Equal(Path1, error.RelativePath);
        Assert.Equal(Original, File.ReadAllText(Path.Combine(_content.Root, Path1)));
        Assert.Equal(["refund.md"], Directory.EnumerateFileSystemEntries(Folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Create_WhenTheDiskFillsUp_WritesNothing_AndSaysDiskFull()
    {
        var writer = FailingAfter(0);

        var error = Assert.Throws<ContentWriteException>(() => writer.Create(TinyFolder + "/new.md", Large));

        Assert.Equal(WriteProblem.DiskFull, error.Problem);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Folder));
    }

    [Fact]
    public void Save_WhenTheWriteFailsOtherwise_SaysIoError()
    {
        _content.Write(Path1, Original);
        var writer = new ContentWriter(Paths, path =>
        {
            File.WriteAllText(path, "half");
            throw new IOException("Input/output error", 5);
        });

        var error = Assert.Throws<ContentWriteException>(() => writer.Save(Path1, Large, TextHash.Of(Original)));

        Assert.Equal(WriteProblem.IoError, error.Problem);
        Assert.Contains("Input/output error", error.Message, StringComparison.Ordinal);
        Assert.Equal(["refund.md"], Directory.EnumerateFileSystemEntries(Folder).Select(Path.GetFileName));
    }

    [TinyFilesystemFact]
    public void Save_OnARealFullFilesystem_KeepsTheFile_LeavesNoTempFile_AndSaysDiskFull()
    {
        using var disk = TinyFilesystem.Mount(Folder, 64);
        _content.Write(Path1, Original);
        var writer = new ContentWriter(Paths);
        disk.Fill();
        File.Delete(Path.Combine(Folder, ".filler"));
        File.WriteAllBytes(Path.Combine(Folder, ".filler"), new byte[40 * 1024]);

        var error = Assert.Throws<ContentWriteException>(() => writer.Save(Path1, Large, TextHash.Of(Original)));

        Assert.Equal(WriteProblem.DiskFull, error.Problem);
        Assert.Equal(Original, File.ReadAllText(Path.Combine(_content.Root, Path1)));
        Assert.Equal([".filler", "refund.md"], Directory.EnumerateFileSystemEntries(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [TinyFilesystemFact]
    public void Create_OnARealFullFilesystem_WritesNothing_AndSaysDiskFull()
    {
        using var disk = TinyFilesystem.Mount(Folder, 64);
        var writer = new ContentWriter(Paths);
        disk.Fill();

        var error = Assert.Throws<ContentWriteException>(() => writer.Create(TinyFolder + "/new.md", Large));

        Assert.Equal(WriteProblem.DiskFull, error.Problem);
        Assert.Equal([".filler"], Directory.EnumerateFileSystemEntries(Folder).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
