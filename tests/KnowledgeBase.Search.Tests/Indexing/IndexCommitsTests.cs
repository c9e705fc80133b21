using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Search.Tests.Indexing;

/// <summary>Commits wait for a quiet moment, but a steady trickle of saves cannot postpone them for ever.</summary>
public sealed class IndexCommitsTests : IDisposable
{
    private readonly IndexedContent _index = new();
    private readonly FakeTimeProvider _time = new();

    public IndexCommitsTests()
    {
        _index.Content.Article("articles/en/kettles", "title: Kettles", "## Boiling\n\nKettles whistle.\n");
        _index.Open();
    }

    public void Dispose() => _index.Dispose();

    /// <summary>The name of the latest commit point: each commit writes a new <c>segments_N</c> file.</summary>
    private string Generation() => string.Join(',', Directory.EnumerateFiles(_index.IndexPath, "segments_*").Select(Path.GetFileName).Order(StringComparer.Ordinal));

    [Fact]
    public void SavesEverySecond_AreCommitted_NoLaterThanTheMaximumDelay()
    {
        var options = new SearchIndexOptions { CommitDelay = TimeSpan.FromSeconds(5), CommitMaxDelay = TimeSpan.FromSeconds(30) };
        using var commits = new IndexCommits(_index.Index!, options, _time, NullLogger.Instance);
        var before = Generation();

        for (var second = 0; second < 29; second++)
        {
            commits.Schedule();
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(before, Generation());
        commits.Schedule();
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.NotEqual(before, Generation());
    }

    [Fact]
    public void AQuietMoment_CommitsAfterTheDelay()
    {
        var options = new SearchIndexOptions { CommitDelay = TimeSpan.FromSeconds(5), CommitMaxDelay = TimeSpan.FromSeconds(30) };
        using var commits = new IndexCommits(_index.Index!, options, _time, NullLogger.Instance);
        var before = Generation();

        commits.Schedule();
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(before, Generation());
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.NotEqual(before, Generation());
    }
}
