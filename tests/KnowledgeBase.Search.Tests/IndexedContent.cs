using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Search.Tests;

/// <summary>A content folder and a real on-disk index of it, both in the temp directory.</summary>
internal sealed class IndexedContent : IDisposable
{
    private static readonly ContentLoader Loader = new(new DocumentParser(new MarkdownRenderer()));

    public IndexedContent(TempContentFolder? content = null)
    {
        Content = content ?? new TempContentFolder();
        IndexPath = Path.Combine(Path.GetTempPath(), "kb-tests", "index-" + Guid.NewGuid().ToString("N"));
    }

    public TempContentFolder Content { get; }

    public string IndexPath { get; }

    public SearchIndex? Index { get; private set; }

    public ContentSet Snapshot { get; private set; } = null!;

    /// <summary>Opens (or reopens) the index and synchronises it with the folder as it is now.</summary>
    public SearchIndex Open()
    {
        Index?.Dispose();
        Index = new SearchIndex(IndexPath, Content.Root);
        Sync();
        return Index;
    }

    public SyncResult Sync()
    {
        Snapshot = Loader.Load(Content.Root);
        return Index!.Synchronize(Snapshot);
    }

    public SearchResponse Search(string query, string? language = null) => Index!.Search(new SearchRequest(query) { Language = language });

    public IReadOnlyList<string> Ids(string query, string? language = null) => [.. Search(query, language).Results.Select(r => r.Id)];

    public void Dispose()
    {
        Index?.Dispose();
        Content.Dispose();
        try
        {
            Directory.Delete(IndexPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
