using KnowledgeBase.TestSupport.Bitext;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KnowledgeBase.Benchmarks.Suggestions;

/// <summary>
/// The baseline the issue names: every example message its own BM25 document, no stemming, no
/// stop words; a message suggests the templates of its nearest examples, in order.
/// </summary>
public sealed class NearestExampleBaseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly RAMDirectory _directory = new();
    private readonly StandardAnalyzer _analyzer = new(Version, CharArraySet.Empty);
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public NearestExampleBaseline(IReadOnlyDictionary<string, IReadOnlyList<string>> examplesByIntent)
    {
        ArgumentNullException.ThrowIfNull(examplesByIntent);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer)))
        {
            foreach (var (intent, examples) in examplesByIntent)
            {
                foreach (var example in examples)
                {
                    writer.AddDocument(new Document
                    {
                        new StringField("intent", intent, Field.Store.YES),
                        new TextField("text", example, Field.Store.NO),
                    });
                }
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
    }

    /// <summary>Intents in the order of their nearest example.</summary>
    public List<string> Rank(string message)
    {
        var query = new BooleanQuery();
        foreach (var word in Words(message))
        {
            query.Add(new TermQuery(new Term("text", word)), Occur.SHOULD);
        }

        return [.. _searcher.Search(query, 500).ScoreDocs.Select(hit => _searcher.Doc(hit.Doc).Get("intent")).Distinct()];
    }

    private List<string> Words(string message)
    {
        var words = new List<string>();
        using var stream = _analyzer.GetTokenStream("text", message);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Examples(int perIntent) =>
        BitextDataset.Utterances(BitextSplit.Train).GroupBy(u => u.Intent).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)[.. BitextTemplates.ExamplesOf([.. g.Select(u => u.Text)], perIntent)]);

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
