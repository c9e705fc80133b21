using System.Text;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Authoring;

public sealed class ContentWriterTests : IDisposable
{
    private const string Path1 = "articles/en/returns/refund.md";
    private const string Original = "---\ntitle: Refunds\n---\nOld body.\n";

    private readonly TempContentFolder _content = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "writer-" + Guid.NewGuid().ToString("N"));
    private readonly ContentWriter _writer;

    public ContentWriterTests()
    {
        _content.Write(Path1, Original);
        _writer = new ContentWriter(new KnowledgeBasePaths(_content.Root, _data));
    }

    [Fact]
    public void Read_ReturnsTheTextAndTheHashTheParserGives()
    {
        var stored = _writer.Read(Path1);

        Assert.NotNull(stored);
        Assert.Equal(Original, stored.Text);
        Assert.Equal(TextHash.Of(Original), stored.Hash);
    }

    [Fact]
    public void Save_WithTheOpenedHash_ReplacesTheFile_AndLeavesNoTempFile()
    {
        var opened = _writer.Read(Path1)!;

        var result = _writer.Save(Path1, "---\ntitle: Refunds\n---\nNew body.\n", opened.Hash);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal("---\ntitle: Refunds\n---\nNew body.\n", File.ReadAllText(Full(Path1)));
        Assert.Equal(TextHash.Of(File.ReadAllText(Full(Path1))), result.Hash);
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(Full(Path1))!));
    }

    [Fact]
    public void Save_WithAStaleHash_ReturnsTheDiskTextAsConflict_AndWritesNothing()
    {
        var opened = _writer.Read(Path1)!;
        _content.Write(Path1, "---\ntitle: Refunds\n---\nChanged in git.\n");

        var result = _writer.Save(Path1, "---\ntitle: Refunds\n---\nMine.\n", opened.Hash);

        Assert.Equal(SaveStatus.Conflict, result.Status);
        Assert.Equal("---\ntitle: Refunds\n---\nChanged in git.\n", result.Current!.Text);
        Assert.Equal("---\ntitle: Refunds\n---\nChanged in git.\n", File.ReadAllText(Full(Path1)));
    }

    [Fact]
    public void Save_AfterAConflict_WithTheDiskHash_OverwritesOnPurpose()
    {
        var opened = _writer.Read(Path1)!;
        _content.Write(Path1, "theirs\n");
        var conflict = _writer.Save(Path1, "mine\n", opened.Hash);

        var result = _writer.Save(Path1, "mine\n", conflict.Current!.Hash);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal("mine\n", File.ReadAllText(Full(Path1)));
    }

    [Fact]
    public void Save_OfADeletedFile_IsAConflictWithNoCurrentText()
    {
        var opened = _writer.Read(Path1)!;
        File.Delete(Full(Path1));

        var result = _writer.Save(Path1, "mine\n", opened.Hash);

        Assert.Equal(SaveStatus.Conflict, result.Status);
        Assert.Null(result.Current);
        Assert.False(File.Exists(Full(Path1)));
    }

    [Fact]
    public void Save_KeepsCrlfLineEndingsAndTheBom()
    {
        _content.WriteBytes(Path1, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: A\r\n---\r\nBody\r\n")]);
        var opened = _writer.Read(Path1)!;

        _writer.Save(Path1, "---\ntitle: A\n---\nBody two\n", opened.Hash);

        var bytes = File.ReadAllBytes(Full(Path1));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("---\r\ntitle: A\r\n---\r\nBody two\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void Create_WritesANewDocument_InNewFolders()
    {
        var result = _writer.Create("templates/fr/shipping/delay.md", "---\ntitle: Retard\n---\nBonjour\n");

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal("---\ntitle: Retard\n---\nBonjour\n", File.ReadAllText(Full("templates/fr/shipping/delay.md")));
    }

    [Fact]
    public void Create_NeverOverwritesAnExistingDocument()
    {
        var result = _writer.Create(Path1, "---\ntitle: Other\n---\n");

        Assert.Equal(SaveStatus.AlreadyExists, result.Status);
        Assert.Equal(Original, File.ReadAllText(Full(Path1)));
    }

    [Fact]
    public void Rename_ToAnotherDocumentsPath_IsRefused()
    {
        _content.Write("articles/en/other.md", "---\ntitle: Other\n---\n");
        var opened = _writer.Read(Path1)!;

        var result = _writer.Rename(Path1, "articles/en/other.md", opened.Hash);

        Assert.Equal(SaveStatus.AlreadyExists, result.Status);
        Assert.Equal(Original, File.ReadAllText(Full(Path1)));
        Assert.Equal("---\ntitle: Other\n---\n", File.ReadAllText(Full("articles/en/other.md")));
    }

    [Fact]
    public void Rename_ToAFreePath_MovesTheFile()
    {
        var opened = _writer.Read(Path1)!;

        var result = _writer.Rename(Path1, "articles/en/refunds.md", opened.Hash);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.False(File.Exists(Full(Path1)));
        Assert.Equal(Original, File.ReadAllText(Full("articles/en/refunds.md")));
    }

    [Fact]
    public void Trash_MovesTheFileUnderTheDataFolder_AndUntrashBringsItBack()
    {
        var opened = _writer.Read(Path1)!;

        var (trashed, result) = _writer.Trash(Path1, opened.Hash, DateTimeOffset.UnixEpoch);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.False(File.Exists(Full(Path1)));
        Assert.Equal(Original, File.ReadAllText(Path.Combine(_writer.TrashRoot, trashed!.TrashPath)));
        Assert.StartsWith(Path.Combine(_data, "trash"), Path.Combine(_writer.TrashRoot, trashed.TrashPath), StringComparison.Ordinal);

        var restored = _writer.Untrash(trashed.TrashPath, Path1);

        Assert.Equal(SaveStatus.Saved, restored.Status);
        Assert.Equal(Original, File.ReadAllText(Full(Path1)));
    }

    [Fact]
    public void Untrash_RefusesWhenAFileNowExistsAtThePath()
    {
        var (trashed, _) = _writer.Trash(Path1, _writer.Read(Path1)!.Hash, DateTimeOffset.UnixEpoch);
        _content.Write(Path1, "new one\n");

        var result = _writer.Untrash(trashed!.TrashPath, Path1);

        Assert.Equal(SaveStatus.AlreadyExists, result.Status);
        Assert.Equal("new one\n", File.ReadAllText(Full(Path1)));
        Assert.True(File.Exists(Path.Combine(_writer.TrashRoot, trashed.TrashPath)));
    }

    [Fact]
    public void Trash_WithAStaleHash_IsAConflict()
    {
        var (trashed, result) = _writer.Trash(Path1, "0000", DateTimeOffset.UnixEpoch);

        Assert.Null(trashed);
        Assert.Equal(SaveStatus.Conflict, result.Status);
        Assert.True(File.Exists(Full(Path1)));
    }

    [Theory]
    [InlineData("../outside.md")]
    [InlineData("articles/en/../../../outside.md")]
    [InlineData("articles/en/..\\..\\outside.md")]
    [InlineData("/etc/passwd.md")]
    [InlineData("C:/Windows/x.md")]
    [InlineData("articles/en/notes.txt")]
    [InlineData("articles/en/.hidden.md")]
    [InlineData("articles/en/.md")]
    [InlineData("articles/refund.md")]
    [InlineData("articles/xx/refund.md")]
    [InlineData("synonyms/en.md")]
    [InlineData("README.md")]
    [InlineData("articles//en/refund.md")]
    [InlineData("articles/en/./refund.md")]
    [InlineData("")]
    public void Paths_OutsideArticlesAndTemplates_AreRejected(string path)
    {
        Assert.Throws<InvalidContentPathException>(() => _writer.Create(path, "x"));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_content.Root)!, "outside.md")));
    }

    [Fact]
    public void Paths_ThroughASymlinkedFolder_AreRejected()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_data, "outside"));
        Directory.CreateSymbolicLink(Path.Combine(_content.Root, "articles", "en", "linked"), outside.FullName);

        Assert.Throws<InvalidContentPathException>(() => _writer.Create("articles/en/linked/evil.md", "x"));
        Assert.Empty(Directory.EnumerateFiles(outside.FullName));
    }

    [Fact]
    public void Paths_ToASymlinkedFile_AreRejected()
    {
        var target = Path.Combine(_data, "secret.md");
        Directory.CreateDirectory(_data);
        File.WriteAllText(target, "secret");
        File.CreateSymbolicLink(Full("articles/en/link.md"), target);

        Assert.Throws<InvalidContentPathException>(() => _writer.Save("articles/en/link.md", "x", TextHash.Of("secret")));
        Assert.Equal("secret", File.ReadAllText(target));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("/proc/self/environ")]
    public void Read_OfALinkToASystemFile_IsRejected(string target)
    {
        _content.Link("articles/en/leak.md", target);

        var error = Assert.Throws<InvalidContentPathException>(() => _writer.Read("articles/en/leak.md"));
        Assert.Contains("symbolic link", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ThroughALinkedFolderAnyLevelUp_IsRejected()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_data, "outside", "deeper"));
        File.WriteAllText(Path.Combine(outside.FullName, "secret.md"), "---\ntitle: Secret\n---\n");
        _content.Link("articles/en/linked", Path.GetDirectoryName(outside.FullName)!);

        Assert.Throws<InvalidContentPathException>(() => _writer.Read("articles/en/linked/deeper/secret.md"));
    }

    [Fact]
    public void Untrash_OutsideTheTrash_IsRejected()
    {
        Assert.Throws<InvalidContentPathException>(() => _writer.Untrash("../../" + Path.GetFileName(_content.Root) + "/" + Path1, "articles/en/copy.md"));
    }

    private string Full(string relative) => Path.Combine(_content.Root, relative);

    public void Dispose()
    {
        _content.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
