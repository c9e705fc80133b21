using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeBase.Content.Tests.Authoring;

public sealed class WatcherPickupTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    [Fact]
    public async Task SavedFile_IsPickedUpByTheWatcher_LikeAnyOtherChange()
    {
        _folder.Article("articles/en/refund", "title: Refunds");
        var paths = new KnowledgeBasePaths(_folder.Root, Path.Combine(Path.GetTempPath(), "kb-tests", "pickup-" + Guid.NewGuid().ToString("N")));
        var library = new ContentLibrary(ContentFactory.Loader, paths);
        library.Load();
        var writer = new ContentWriter(paths);
        var updated = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new ContentWatcher(_folder.Root, TimeProvider.System, TimeSpan.FromMilliseconds(20), batch =>
        {
            library.Apply(batch);
            if (library.Current.Find("articles/en/refund") is { } document && document.Title != "Refunds")
            {
                updated.TrySetResult(document.Title);
            }
        }, NullLogger.Instance);

        var result = writer.Save("articles/en/refund.md", "---\ntitle: Refunds and returns\n---\nBody\n", writer.Read("articles/en/refund.md")!.Hash);

        Assert.Equal("Refunds and returns", await updated.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(result.Hash, library.Current.Find("articles/en/refund")!.ContentHash);
        Assert.Single(library.Current.Documents);
    }

    public void Dispose() => _folder.Dispose();
}
