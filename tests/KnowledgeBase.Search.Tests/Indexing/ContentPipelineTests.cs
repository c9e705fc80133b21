using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Search.Tests.Indexing;

/// <summary>
/// The one route content takes: initial load and changes through one queue; each change announced
/// once, after the library and the index both have it; commits debounced but never postponed for ever.
/// </summary>
public sealed class ContentPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempContentFolder _content = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "pipeline-" + Guid.NewGuid().ToString("N"));
    private ContentLibrary _library = null!;
    private SearchIndex _index = null!;
    private ContentPipeline _pipeline = null!;

    public Task InitializeAsync()
    {
        for (var i = 0; i < 30; i++)
        {
            _content.Article($"articles/en/filler-{i:00}", $"title: Filler {i}", "## Text\n\nNothing to see.\n");
        }

        _content.Article("articles/en/kettles", "title: Kettles", "## Boiling\n\nKettles whistle when the water boils.\n");
        var paths = new KnowledgeBasePaths(_content.Root, _data);
        _library = new ContentLibrary(new ContentLoader(new DocumentParser(new MarkdownRenderer())), paths);
        var options = new SearchIndexOptions { WatchDebounce = TimeSpan.FromMilliseconds(50) };
        _index = new SearchIndex(paths.IndexDirectory, paths.ContentRoot, options);
        _pipeline = new ContentPipeline(_library, _index, options, TimeProvider.System, NullLogger<ContentPipeline>.Instance);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _pipeline.StopAsync(CancellationToken.None);
        _pipeline.Dispose();
        _index.Dispose();
        _content.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    private string[] Ids(string query) => [.. _index.Search(new SearchRequest(query)).Results.Select(r => r.Id)];

    [Fact]
    public async Task AFileSavedWhileTheFolderIsFirstRead_IsNeverReverted()
    {
        var saved = new TaskCompletionSource<ContentIndexed>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pipeline.Indexed += change =>
        {
            if (!change.Everything && change.Ids.Contains("articles/en/kettles"))
            {
                saved.TrySetResult(change);
            }
        };

        // The last file has been read (the old text is in the load) when the new text is saved, and the
        // load goes on only once the watcher has reported the save: were the change applied on the
        // watcher's thread, the load finishing after it would put the old text back.
        using var watcherReported = new ManualResetEventSlim();
        _pipeline.ChangeQueued = watcherReported.Set;
        var once = 0;
        _pipeline.LoadProgress = progress =>
        {
            if (progress.Done == progress.Total && Interlocked.Exchange(ref once, 1) == 0)
            {
                _content.Article("articles/en/kettles", "title: Kettles", "## Boiling\n\nKettles hum quietly when the water boils.\n");
                Assert.True(watcherReported.Wait(Patience), "the watcher never reported the save");
            }
        };

        await _pipeline.StartAsync(CancellationToken.None);
        await _pipeline.Ready.WaitAsync(Patience);
        var change = await saved.Task.WaitAsync(Patience);

        Assert.Contains("hum quietly", change.Snapshot.Find("articles/en/kettles")!.PlainText, StringComparison.Ordinal);
        Assert.Same(change.Snapshot, _pipeline.Current);
        Assert.Equal(["articles/en/kettles"], Ids("hum"));
        Assert.Empty(Ids("whistle"));
    }

    [Fact]
    public async Task AChange_IsAnnouncedOnce_AfterTheIndexHasIt()
    {
        await _pipeline.StartAsync(CancellationToken.None);
        await _pipeline.Ready.WaitAsync(Patience);
        var announcements = new List<(ContentIndexed Change, string[] Found)>();
        _pipeline.Indexed += change => announcements.Add((change, Ids("toasters")));

        _content.Article("articles/en/toasters", "title: Toasters", "## Bread\n\nToasters brown bread.\n");
        await _pipeline.ApplyAsync(["articles/en/toasters.md"]);

        var (announced, found) = Assert.Single(announcements);
        Assert.Equal(["articles/en/toasters"], announced.Ids);
        Assert.Equal(["articles/en/toasters"], found);
    }

    [Fact]
    public async Task ABrokenListener_DoesNotStopTheOthers_OrTheNextChange()
    {
        await _pipeline.StartAsync(CancellationToken.None);
        await _pipeline.Ready.WaitAsync(Patience);
        var heard = 0;
        _pipeline.Indexed += _ => throw new InvalidOperationException("a page failed");
        _pipeline.Indexed += _ => Interlocked.Increment(ref heard);

        _content.Article("articles/en/toasters", "title: Toasters", "## Bread\n\nToasters brown bread.\n");
        await _pipeline.ApplyAsync(["articles/en/toasters.md"]);
        _content.Article("articles/en/mixers", "title: Mixers", "## Dough\n\nMixers knead dough.\n");
        await _pipeline.ApplyAsync(["articles/en/mixers.md"]);

        Assert.Equal(2, heard);
        Assert.Equal(["articles/en/mixers"], Ids("knead"));
    }
}
