using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Relevance;

namespace KnowledgeBase.Search.Tests.Relevance;

/// <summary>
/// A shared dataset indexed once for a test class: our on-disk index and the textbook BM25 baseline
/// over the same documents.
/// </summary>
public abstract class DatasetCorpus : IDisposable
{
    private readonly string _indexPath = Path.Combine(Path.GetTempPath(), "kb-tests", "dataset-" + Guid.NewGuid().ToString("N"));

    protected DatasetCorpus(string name, string root)
    {
        Name = name;
        SharedDatasets.Require(root);
        Content = new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(root);
        Index = new SearchIndex(_indexPath, root);
        Index.Synchronize(Content);
        Baseline = new TextbookBm25(Content.Documents.Select(d => (d.Id, BaselineText(d))));
    }

    public string Name { get; }

    public ContentSet Content { get; }

    public SearchIndex Index { get; }

    public TextbookBm25 Baseline { get; }

    /// <summary>Our top 10 ids, every language searched, as the agent's search box asks.</summary>
    public IReadOnlyList<string> Ours(string query) =>
        [.. Index.Search(new SearchRequest(query) { Top = 10 }).Results.Select(r => r.Id)];

    public KnownItemReport Compare(string language, KnownItemForm form, int count = 100) =>
        KnownItemReport.Run(Name, language, form, Queries(language, count), Ours, q => Baseline.Search(q));

    public IReadOnlyList<KnownItemQuery> Queries(string language, int count = 100) =>
        KnownItemGenerator.Draw(Content.Documents, language, count, KnownItemGenerator.Seed(Name, language));

    /// <summary>Title and body as one text: summary, headings and section text.</summary>
    private static string BaselineText(ContentDocument document) =>
        string.Join('\n', new[] { document.Title, (document as Article)?.Summary ?? string.Empty }
            .Concat(document.Sections.SelectMany(s => new[] { s.Heading, s.Text })));

    public void Dispose()
    {
        Index.Dispose();
        Directory.Delete(_indexPath, recursive: true);
        GC.SuppressFinalize(this);
    }
}
