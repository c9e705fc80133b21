using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Library;

public sealed class ContentLibraryTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly ContentLibrary _library;

    public ContentLibraryTests()
    {
        _folder.Article("articles/en/shipping/a", "title: A");
        _folder.Article("articles/en/shipping/b", "title: B");
        _folder.Article("articles/en/returns/c", "title: C");
        _library = new ContentLibrary(ContentFactory.Loader, new KnowledgeBasePaths(_folder.Root, Path.Combine(_folder.Root, ".data")));
        _library.Load();
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ChangedFile_IsReread_AndReported()
    {
        _folder.Article("articles/en/shipping/a", "title: A changed");

        var change = _library.Apply(["articles/en/shipping/a.md"]);

        Assert.Equal(["articles/en/shipping/a"], change.Upserted.Select(d => d.Id));
        Assert.Equal("A changed", _library.Current.Find("articles/en/shipping/a")!.Title);
    }

    [Fact]
    public void UnchangedFile_IsNotAChange()
    {
        var change = _library.Apply(["articles/en/shipping/a.md"]);

        Assert.True(change.IsEmpty);
    }

    [Fact]
    public void FileThatBecomesMalformed_IsRemoved_WithItsFinding()
    {
        _folder.Write("articles/en/shipping/a.md", "---\ntitle: [broken\n---\n");

        var change = _library.Apply(["articles/en/shipping/a.md"]);

        Assert.Equal(["articles/en/shipping/a"], change.Removed);
        Assert.Contains(_library.Current.Findings, f => f.Path == "articles/en/shipping/a.md" && f.Code == "yaml");
    }

    [Fact]
    public void NewFolder_AddsTheFilesInIt_WithoutRereadingEverything()
    {
        _folder.Article("articles/en/billing/d", "title: D");
        _folder.Article("articles/en/billing/deep/e", "title: E");

        var change = _library.Apply(["articles/en/billing"]);

        Assert.Equal(["articles/en/billing/d", "articles/en/billing/deep/e"], change.Upserted.Select(d => d.Id).Order());
        Assert.Empty(change.Removed);
    }

    [Fact]
    public void RenamedFolder_MovesItsDocuments()
    {
        Directory.Move(Path.Combine(_folder.Root, "articles/en/shipping"), Path.Combine(_folder.Root, "articles/en/delivery"));

        var change = _library.Apply(["articles/en/shipping", "articles/en/delivery"]);

        Assert.Equal(["articles/en/shipping/a", "articles/en/shipping/b"], change.Removed.Order());
        Assert.Equal(["articles/en/delivery/a", "articles/en/delivery/b"], change.Upserted.Select(d => d.Id).Order());
        Assert.Equal(3, _library.Current.Documents.Count);
    }

    [Fact]
    public void DeletedFolder_RemovesItsDocuments()
    {
        Directory.Delete(Path.Combine(_folder.Root, "articles/en/returns"), recursive: true);

        var change = _library.Apply(["articles/en/returns"]);

        Assert.Equal(["articles/en/returns/c"], change.Removed);
    }

    [Fact]
    public void SynonymAndPhrasebookChanges_AreFlagged()
    {
        _folder.Write("synonyms/en.txt", "parcel, package\n");
        _folder.Write("phrasebook/en.yml", "- avoid: Unfortunately\n  prefer: [At the moment]\n");

        var change = _library.Apply(["synonyms/en.txt", "phrasebook/en.yml"]);

        Assert.True(change.SynonymsChanged);
        Assert.True(change.PhrasebooksChanged);
        Assert.Equal("parcel, package\n", _library.Current.Synonyms["en"]);
    }
}
