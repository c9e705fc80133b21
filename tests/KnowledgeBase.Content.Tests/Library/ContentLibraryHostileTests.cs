using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Hostile;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeBase.Content.Tests.Library;

/// <summary>
/// The running app applies changes file by file as the watcher reports them; a link or a bomb that
/// arrives that way is refused exactly as at start-up, and never replaces what was loaded before.
/// </summary>
public sealed class ContentLibraryHostileTests : IDisposable
{
    private readonly TempContentFolder _folder = new();
    private readonly TempContentFolder _outside = new();
    private readonly ContentLibrary _library;

    public ContentLibraryHostileTests()
    {
        _folder.Article("articles/en/shipping/a", "title: A");
        _folder.Article("articles/en/returns/c", "title: C");
        _outside.Article("articles/en/secret", "title: Secret from outside");
        _library = new ContentLibrary(ContentFactory.Loader, new KnowledgeBasePaths(_folder.Root, Path.Combine(_folder.Root, ".data")));
        _library.Load();
    }

    public void Dispose()
    {
        _folder.Dispose();
        _outside.Dispose();
    }

    [Fact]
    public void NewLinkToEtcPasswd_IsNotLoaded_AndBecomesAFinding()
    {
        _folder.Link("articles/en/leak.md", "/etc/passwd");

        var change = _library.Apply(["articles/en/leak.md"]);

        Assert.True(change.IsEmpty);
        Assert.Null(_library.Current.Find("articles/en/leak"));
        Assert.Contains(_library.Current.Findings, f => f.Path == "articles/en/leak.md" && f.Code == "symlink");
    }

    [Fact]
    public void FileReplacedByALink_IsRemoved()
    {
        File.Delete(Path.Combine(_folder.Root, "articles/en/shipping/a.md"));
        _folder.Link("articles/en/shipping/a.md", "/etc/passwd");

        var change = _library.Apply(["articles/en/shipping/a.md"]);

        Assert.Equal(["articles/en/shipping/a"], change.Removed);
        Assert.Contains(_library.Current.Findings, f => f.Path == "articles/en/shipping/a.md" && f.Code == "symlink");
    }

    [Fact]
    public void NewLinkedFolder_IsNotEntered_AndBecomesOneFinding()
    {
        _folder.Link("articles/en/linked", Path.Combine(_outside.Root, "articles/en"));

        var change = _library.Apply(["articles/en/linked"]);

        Assert.True(change.IsEmpty);
        Assert.Equal(["articles/en/returns/c", "articles/en/shipping/a"], _library.Current.Documents.Select(d => d.Id));
        var finding = Assert.Single(_library.Current.Findings);
        Assert.Equal(("articles/en/linked", "symlink"), (finding.Path, finding.Code));
    }

    [Fact]
    public void FolderReplacedByALink_LosesItsDocuments_AndOnlyTheLinkIsAFinding()
    {
        Directory.Delete(Path.Combine(_folder.Root, "articles/en/shipping"), recursive: true);
        _folder.Link("articles/en/shipping", Path.Combine(_outside.Root, "articles/en"));

        var change = _library.Apply(["articles/en/shipping"]);

        Assert.Equal(["articles/en/shipping/a"], change.Removed);
        Assert.Equal(["articles/en/returns/c"], _library.Current.Documents.Select(d => d.Id));
        Assert.Equal(["articles/en/shipping"], _library.Current.Findings.Select(f => f.Path));
    }

    [Fact]
    public void LinkThatIsRemovedAgain_TakesItsFindingAway()
    {
        _folder.Link("articles/en/linked", Path.Combine(_outside.Root, "articles/en"));
        _library.Apply(["articles/en/linked"]);
        File.Delete(Path.Combine(_folder.Root, "articles/en/linked"));

        _library.Apply(["articles/en/linked"]);

        Assert.Empty(_library.Current.Findings);
    }

    [Fact]
    public void FolderHoldingLinks_Deleted_TakesTheirFindingsAway()
    {
        _folder.Link("articles/en/old/leak.md", "/etc/passwd");
        _folder.Link("articles/en/old/deeper/linked", _outside.Root);
        _library.Load();
        Assert.Equal(2, _library.Current.Findings.Count);
        Directory.Delete(Path.Combine(_folder.Root, "articles/en/old"), recursive: true);

        _library.Apply(["articles/en/old"]);

        Assert.Empty(_library.Current.Findings);
    }

    [Fact]
    public void LinkedPhrasebook_IsNotRead_WhenTheWatcherReportsIt()
    {
        _folder.Write("phrasebook/en.yml", "- avoid: Unfortunately\n  prefer: [At the moment]\n");
        _library.Load();
        File.Delete(Path.Combine(_folder.Root, "phrasebook/en.yml"));
        _folder.Link("phrasebook/en.yml", "/etc/passwd");

        _library.Apply(["phrasebook/en.yml"]);

        Assert.Empty(_library.Current.Phrasebooks);
        Assert.Contains(_library.Current.Findings, f => f.Path == "phrasebook/en.yml" && f.Code == "symlink");
    }

    [Fact]
    public void BombSavedOverAGoodFile_IsRefused_AndTheRestStays()
    {
        _folder.Write("articles/en/shipping/a.md", HostileYaml.Document(HostileYaml.SequenceBomb()));

        var change = Measure.Within(TimeSpan.FromSeconds(10), () => _library.Apply(["articles/en/shipping/a.md"])).Result;

        Assert.Equal(["articles/en/shipping/a"], change.Removed);
        Assert.Equal(["articles/en/returns/c"], _library.Current.Documents.Select(d => d.Id));
        Assert.Contains(_library.Current.Findings, f => f.Path == "articles/en/shipping/a.md" && f.Code == "yaml-anchor");
    }

    [Fact]
    public async Task LinkArrivingWhileTheAppRuns_IsNeverLoaded_ByTheWatcher()
    {
        var applied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new ContentWatcher(_folder.Root, TimeProvider.System, TimeSpan.FromMilliseconds(20), batch =>
        {
            _library.Apply(batch);
            if (_library.Current.Find("articles/en/after") is not null)
            {
                applied.TrySetResult();
            }
        }, NullLogger.Instance);

        // Batches are applied in order, so once the file written after the links is in, the links were seen.
        _folder.Link("articles/en/leak.md", "/etc/passwd");
        _folder.Link("articles/en/linked", Path.Combine(_outside.Root, "articles/en"));
        _folder.Article("articles/en/after", "title: After");
        await applied.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["articles/en/after", "articles/en/returns/c", "articles/en/shipping/a"], _library.Current.Documents.Select(d => d.Id));
    }
}
