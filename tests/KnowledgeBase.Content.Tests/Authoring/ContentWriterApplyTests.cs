using System.Text;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Authoring;

/// <summary>Apply: how a node writes another node's change into its own content folder.</summary>
public sealed class ContentWriterApplyTests : IDisposable
{
    private const string Path1 = "articles/en/returns/refund.md";

    private readonly TempContentFolder _content = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "apply-" + Guid.NewGuid().ToString("N"));
    private readonly ContentWriter _writer;

    public ContentWriterApplyTests() => _writer = new ContentWriter(new KnowledgeBasePaths(_content.Root, _data));

    [Fact]
    public void Apply_ReplacesTheFile_KeepingItsBomAndCrlf_AndLeavesNoTempFile()
    {
        _content.WriteBytes(Path1, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: Refunds\r\n---\r\nOld.\r\n")]);

        var applied = _writer.Apply(Path1, "---\ntitle: Refunds\n---\nNew.\n");

        Assert.Equal(TextHash.Of("---\ntitle: Refunds\n---\nNew.\n"), applied!.Hash);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: Refunds\r\n---\r\nNew.\r\n")], File.ReadAllBytes(Path.Combine(_content.Root, Path1)));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(Path.Combine(_content.Root, Path1))!));
    }

    [Fact]
    public void Apply_CreatesAFileInAFolderThatDidNotExist()
    {
        _writer.Apply("templates/fr/returns/new.md", "---\ntitle: Nouveau\n---\nBonjour.\n");

        Assert.Equal("---\ntitle: Nouveau\n---\nBonjour.\n", File.ReadAllText(Path.Combine(_content.Root, "templates/fr/returns/new.md")));
    }

    [Fact]
    public void Apply_OfADeletion_MovesTheFileToTheGivenTrashPath_AndIsIdempotent()
    {
        _content.Write(Path1, "---\ntitle: Refunds\n---\nOld.\n");

        var first = _writer.Apply(Path1, null, "20261123-100000-abc/" + Path1);
        var again = _writer.Apply(Path1, null, "20261123-100000-abc/" + Path1);

        Assert.Null(first);
        Assert.Null(again);
        Assert.False(File.Exists(Path.Combine(_content.Root, Path1)));
        Assert.Equal("---\ntitle: Refunds\n---\nOld.\n", File.ReadAllText(Path.Combine(_writer.TrashRoot, "20261123-100000-abc", Path1)));
    }

    [Fact]
    public void Apply_OfADeletion_RefusesATrashPathOutsideTheTrash()
    {
        _content.Write(Path1, "---\ntitle: Refunds\n---\nOld.\n");

        Assert.Throws<InvalidContentPathException>(() => _writer.Apply(Path1, null, "../../escaped.md"));
        Assert.True(File.Exists(Path.Combine(_content.Root, Path1)));
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
