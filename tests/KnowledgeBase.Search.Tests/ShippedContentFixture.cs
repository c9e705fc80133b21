using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Search.Tests;

/// <summary>The repository's content/ indexed once (into a temp folder) for every test that reads it.</summary>
public sealed class ShippedContentFixture : IDisposable
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "kb-tests", "shipped-" + Guid.NewGuid().ToString("N"));

    public ShippedContentFixture()
    {
        Content = new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(RepositoryPaths.Content);
        Index = new SearchIndex(_indexPath, RepositoryPaths.Content);
        Index.Synchronize(Content);
    }

    public ContentSet Content { get; }

    internal string IndexPath => _indexPath;

    public SearchIndex Index { get; }

    public SearchResponse Search(string query, string? language = null) => Index.Search(new SearchRequest(query) { Language = language });

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(_indexPath, recursive: true);
    }
}
