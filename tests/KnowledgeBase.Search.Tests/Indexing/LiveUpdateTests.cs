using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeBase.Search.Tests.Indexing;

/// <summary>
/// The running app's path: a real file watcher feeds the content pipeline, which updates the library
/// and the index and then announces the change. Tests wait for that announcement (with a generous
/// timeout for a loaded CI machine), never for a fixed time.
/// </summary>
public sealed class LiveUpdateTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempContentFolder _content = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "live-" + Guid.NewGuid().ToString("N"));
    private SearchIndex _index = null!;
    private ContentPipeline _pipeline = null!;

    public async Task InitializeAsync()
    {
        _content.Article("articles/en/alpha", "title: Alpha kettles", "## One\n\nKettles boil water.\n");
        var paths = new KnowledgeBasePaths(_content.Root, _data);
        var library = new ContentLibrary(new ContentLoader(new DocumentParser(new MarkdownRenderer())), paths);
        var options = new SearchIndexOptions { WatchDebounce = TimeSpan.FromMilliseconds(50) };
        _index = new SearchIndex(paths.IndexDirectory, paths.ContentRoot, options);
        _pipeline = new ContentPipeline(library, _index, options, TimeProvider.System, NullLogger<ContentPipeline>.Instance);
        await _pipeline.StartAsync(CancellationToken.None);
        await _pipeline.Ready.WaitAsync(Patience);
    }

    public async Task DisposeAsync()
    {
        await _pipeline.StopAsync(CancellationToken.None);
        _pipeline.Dispose();
        _index.Dispose();
        _content.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    private Task<ContentIndexed> NextChange(string id)
    {
        var changed = new TaskCompletionSource<ContentIndexed>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pipeline.Indexed += change =>
        {
            if (change.Ids.Contains(id))
            {
                changed.TrySetResult(change);
            }
        };
        return changed.Task.WaitAsync(Patience);
    }

    private string[] Ids(string query) => [.. _index.Search(new SearchRequest(query)).Results.Select(r => r.Id)];

    [Fact]
    public async Task SavedNewFile_BecomesSearchable()
    {
        var change = NextChange("articles/en/toasters");

        _content.Article("articles/en/toasters", "title: Toasters", "## Bread\n\nToasters brown bread.\n");
        await change;

        Assert.Equal(["articles/en/toasters"], Ids("toasters"));
    }

    [Fact]
    public async Task IndexFolderDeletedWhileRunning_IsRebuilt_AndChangesAreIndexedAgain()
    {
        Directory.Delete(Path.Combine(_data, "index"), recursive: true);
        var change = NextChange("articles/en/toasters");

        _content.Article("articles/en/toasters", "title: Toasters", "## Bread\n\nToasters brown bread.\n");
        await change;

        Assert.Equal(["articles/en/toasters"], Ids("toasters"));
        Assert.Equal(["articles/en/alpha"], Ids("kettles"));
        Assert.True(Directory.EnumerateFiles(Path.Combine(_data, "index")).Any(), "the index was written back to disk");
    }

    [Fact]
    public async Task EditedFile_IsReindexed()
    {
        var change = NextChange("articles/en/alpha");

        _content.Article("articles/en/alpha", "title: Alpha kettles", "## One\n\nKettles whistle loudly.\n");
        await change;

        Assert.Equal(["articles/en/alpha"], Ids("whistle"));
        Assert.Empty(Ids("boil"));
    }

    [Fact]
    public async Task DeletedFile_Disappears()
    {
        var change = NextChange("articles/en/alpha");

        File.Delete(Path.Combine(_content.Root, "articles/en/alpha.md"));
        await change;

        Assert.Empty(Ids("kettles"));
    }

    [Fact]
    public async Task RenamedFile_MovesToItsNewId()
    {
        var change = NextChange("articles/en/kettles");

        File.Move(Path.Combine(_content.Root, "articles/en/alpha.md"), Path.Combine(_content.Root, "articles/en/kettles.md"));
        await change;

        Assert.Equal(["articles/en/kettles"], Ids("kettles"));
    }

    [Fact]
    public async Task NewFolderWithAFile_BecomesSearchable()
    {
        var change = NextChange("articles/en/new-topic/toasters");

        _content.Article("articles/en/new-topic/toasters", "title: Toasters", "## Bread\n\nToasters brown bread.\n");
        await change;

        Assert.Equal(["articles/en/new-topic/toasters"], Ids("toasters"));
    }

    [Fact]
    public async Task FileThatBecomesMalformed_IsDropped_AndOthersStillUpdate()
    {
        var broken = NextChange("articles/en/alpha");
        _content.Write("articles/en/alpha.md", "---\ntitle: [unclosed\n---\nKettles\n");
        await broken;

        var added = NextChange("articles/en/beta");
        _content.Article("articles/en/beta", "title: Beta kettles");
        await added;

        Assert.Equal(["articles/en/beta"], Ids("kettles"));
    }
}
