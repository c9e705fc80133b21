using System.Diagnostics;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Snippets;
using KnowledgeBase.Search.Suggestions;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Directory = System.IO.Directory;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// The on-disk search index of one content folder: one <see cref="IndexWriter"/> and one
/// <see cref="SearcherManager"/> for the life of the app. Content is the only source of truth:
/// an unreadable index, or one built for another content folder or schema, is rebuilt from it.
/// Thread-safe: searches run concurrently with each other and with updates.
/// </summary>
public sealed partial class SearchIndex : ISearchService, ISuggestionService, IDisposable
{
    private readonly string _indexPath;
    private readonly string _contentRoot;
    private readonly SearchIndexOptions _options;
    private readonly ILogger _logger;
    private readonly System.Threading.Lock _writeGate = new();
    private readonly IndexAnalysis _analysis = new();
    private readonly SnippetBuilder _snippets;
    private readonly TitleMatcher _titles;
    private readonly MessageLanguageDetector _languages = new();
    private FSDirectory _directory;
    private IndexWriter? _writer;
    private ReferenceManager<IndexSearcher>? _searchers;
    private volatile QueryPlanner _planner;
    private volatile IndexStatus _status = new(IndexState.Starting, 0, 0, 0, 0);

    // The content snapshot last indexed: results are built from it instead of slow stored-field reads.
    private volatile ContentSet? _snapshot;
    private bool _disposed;

    public SearchIndex(string indexPath, string contentRoot, SearchIndexOptions? options = null, ILogger<SearchIndex>? logger = null)
    {
        _indexPath = Path.GetFullPath(indexPath);
        _contentRoot = Path.GetFullPath(contentRoot);
        _options = options ?? new SearchIndexOptions();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _snippets = new SnippetBuilder(_analysis);
        _titles = new TitleMatcher(_analysis);
        _planner = new QueryPlanner(new QueryAnalysis(_analysis, SynonymSet.Empty));
        Directory.CreateDirectory(_indexPath);
        _directory = FSDirectory.Open(_indexPath);
        Open();
    }

    public IndexStatus Status => _status;

    public bool IsReadOnly => _writer is null;

    /// <summary>The ranking weights queries are planned with; tests and tuning sweeps may swap them.</summary>
    internal RankingOptions Ranking
    {
        get => _planner.Ranking;
        set => _planner = new QueryPlanner(_planner.Analysis, value);
    }

    /// <summary>Synonym rules that were skipped, for validation and logs.</summary>
    public IReadOnlyList<SynonymProblem> SynonymProblems => _planner.Analysis.Synonyms.Problems;

    /// <summary>
    /// Brings the index up to date with a content snapshot: adds and updates documents whose
    /// content hash differs, removes documents whose files are gone. Cheap when nothing changed.
    /// </summary>
    public SyncResult Synchronize(ContentSet content, IProgress<(int Done, int Total)>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        UseSynonyms(content.Synonyms);
        _snapshot = content;
        if (_writer is null)
        {
            return new SyncResult(0, 0, 0, 0, CountSections(), TimeSpan.Zero, Rebuilt: false);
        }

        var watch = Stopwatch.StartNew();
        lock (_writeGate)
        {
            Dictionary<string, string> indexed;
            var rebuilt = false;
            try
            {
                indexed = ReadIndexedHashes();
            }
            catch (Exception ex) when (IsCorruption(ex))
            {
                _logger.LogWarning(ex, "Search index at {Path} is unreadable; rebuilding it from content", _indexPath);
                Recreate();
                indexed = [];
                rebuilt = true;
            }

            var changed = content.Documents.Where(d => indexed.GetValueOrDefault(d.Id) != d.ContentHash).ToList();
            var removed = indexed.Keys.Where(id => !content.Contains(id)).ToList();
            _status = _status with { State = IndexState.Indexing, Done = 0, Total = changed.Count };

            foreach (var id in removed)
            {
                _writer!.DeleteDocuments(new Term(SearchFields.Id, id));
            }

            var bulk = changed.Count + removed.Count > Math.Max(50, indexed.Count / 10);
            IndexChanged(changed, bulk, progress);

            Commit();
            _searchers!.MaybeRefreshBlocking();
            var added = changed.Count(d => !indexed.ContainsKey(d.Id));
            _status = new IndexStatus(IndexState.Ready, changed.Count, changed.Count, content.Documents.Count, CountSections());
            var result = new SyncResult(added, changed.Count - added, removed.Count, content.Documents.Count - changed.Count, _status.Sections, watch.Elapsed, rebuilt);
            _logger.LogInformation(
                "Search index synchronised in {Ms} ms: {Added} added, {Updated} updated, {Removed} removed, {Unchanged} unchanged",
                (long)watch.Elapsed.TotalMilliseconds, result.Added, result.Updated, result.Removed, result.Unchanged);
            return result;
        }
    }

    /// <summary>
    /// Indexes changed documents on every core. A bulk build (a first build, or most of the content
    /// changed) merges nothing until its end and then merges everything into one segment at once.
    /// </summary>
    private void IndexChanged(List<ContentDocument> changed, bool bulk, IProgress<(int Done, int Total)>? progress)
    {
        var done = 0;
        // Each refresh flushes every writer thread's buffer into a new segment while indexing waits:
        // ten of them cost a 20,000-article build about a sixth of its time, three about half that.
        var refreshEvery = Math.Max(500, changed.Count / 4);
        // A compound file copies each flushed segment's files into one more file; segments a bulk
        // build flushes are merged at its end anyway, so they are written once, as they are.
        _writer!.Config.UseCompoundFile = !bulk;
        try
        {
            using (bulk ? ((PausableMergePolicy)_writer!.Config.MergePolicy).Pause() : null)
            {
                Parallel.ForEach(changed, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, () => new DocumentTokens(_analysis.Index), (document, _, tokens) =>
                {
                    // Mapped and indexed on this thread before its tokens take the next document.
                    _writer!.UpdateDocuments(new Term(SearchFields.Id, document.Id), DocumentMapper.Map(document, tokens));
                    var count = Interlocked.Increment(ref done);
                    progress?.Report((count, changed.Count));
                    _status = _status with { Done = count };
                    if (count % refreshEvery == 0)
                    {
                        // Let searches see a growing index during a long first build.
                        _searchers!.MaybeRefresh();
                    }

                    return tokens;
                }, _ => { });
            }

            if (bulk)
            {
                // After a bulk build, one segment makes every query cheaper (no per-segment term lookups to merge).
                _writer!.ForceMerge(1);
            }
        }
        finally
        {
            _writer!.Config.UseCompoundFile = true;
        }
    }

    /// <summary>
    /// Applies document changes and makes them searchable before returning; results are then built
    /// from <paramref name="snapshot"/>, the content those changes came from.
    /// </summary>
    public void Apply(ContentSet snapshot, IReadOnlyCollection<ContentDocument> upserted, IReadOnlyCollection<string> removed)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(upserted);
        ArgumentNullException.ThrowIfNull(removed);
        if (_writer is null || (upserted.Count == 0 && removed.Count == 0))
        {
            _snapshot = snapshot;
            return;
        }

        lock (_writeGate)
        {
            foreach (var id in removed)
            {
                _writer.DeleteDocuments(new Term(SearchFields.Id, id));
            }

            var tokens = new DocumentTokens(_analysis.Index);
            foreach (var document in upserted)
            {
                _writer.UpdateDocuments(new Term(SearchFields.Id, document.Id), DocumentMapper.Map(document, tokens));
            }

            _searchers!.MaybeRefreshBlocking();
            _snapshot = snapshot;
            _status = _status with { Documents = CountDocuments(), Sections = CountSections() };
        }
    }

    /// <summary>
    /// Starts the index over from content: for when its folder was deleted or broke under the running
    /// app (the writer can no longer flush). Searches keep working on the old readers meanwhile.
    /// </summary>
    public SyncResult Rebuild(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (_writer is null)
        {
            return Synchronize(content);
        }

        lock (_writeGate)
        {
            _logger.LogWarning("Search index at {Path} cannot be written any more; rebuilding it from content", _indexPath);
            Recreate();
        }

        return Synchronize(content);
    }

    /// <summary>Failures of the index's own storage (its folder gone, a disk error), as opposed to bad input.</summary>
    internal static bool IsStorageFailure(Exception ex) => ex is IOException or ObjectDisposedException || IsCorruption(ex);

    /// <summary>
    /// Exercises the update path once (a delete that matches nothing, a refresh, a search), so the
    /// first file an editor saves after start-up is searchable as fast as every later one: the first
    /// delete makes the writer open its (large) segments, which otherwise happens on that first save.
    /// </summary>
    public void WarmUp()
    {
        if (_writer is not null)
        {
            lock (_writeGate)
            {
                _writer.DeleteDocuments(new Term(SearchFields.Id, "\u0000warm-up"));
                _searchers!.MaybeRefreshBlocking();
            }
        }

        Search(new SearchRequest("warm up"));
        var (searchers, searcher) = AcquireSearcher();
        try
        {
            _languages.WarmUp(SearchExecutor.IndexedLanguages(searcher.IndexReader));
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Makes changes durable. Visibility does not depend on it; call after batches and at shutdown.</summary>
    public void Commit()
    {
        if (_writer is null)
        {
            return;
        }

        lock (_writeGate)
        {
            _writer.SetCommitData(new Dictionary<string, string>
            {
                [SearchFields.CommitSchema] = SearchFields.SchemaVersion,
                [SearchFields.CommitContentRoot] = _contentRoot,
            });
            _writer.Commit();
        }
    }

    /// <summary>Swaps in new synonyms; only queries change, so nothing is re-indexed.</summary>
    public void UseSynonyms(IReadOnlyDictionary<string, string> synonymFiles)
    {
        var synonyms = SynonymSet.Build(synonymFiles);
        if (synonyms.Fingerprint == _planner.Analysis.Synonyms.Fingerprint)
        {
            return;
        }

        foreach (var problem in synonyms.Problems)
        {
            _logger.LogWarning("synonyms/{Language}.txt:{Line}: rule skipped: {Message}", problem.Language, problem.Line, problem.Message);
        }

        _planner = new QueryPlanner(new QueryAnalysis(_analysis, synonyms), _planner.Ranking);
    }

    /// <summary>Searches. Never throws on user text: any input gives results or an empty list.</summary>
    public SearchResponse Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (searchers, searcher) = AcquireSearcher();
        try
        {
            return SearchExecutor.Execute(searcher, _planner, _snippets, _titles, request, Document);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            // Only pathological input gets here (the planner bounds words and expansions): answer nothing rather than fail.
            _logger.LogWarning("Query too complex, answering with no results: {Query}", request.Query);
            return SearchResponse.Empty(request.Query ?? string.Empty);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>Suggests templates and SOP sections for a customer's message. Never throws on user text.</summary>
    public SuggestionResponse Suggest(SuggestionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (searchers, searcher) = AcquireSearcher();
        try
        {
            return SuggestionExecutor.Execute(searcher, _planner.Analysis, _snippets, _titles, _languages, request, Document);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            _logger.LogWarning("Message too complex, answering with no suggestions");
            return SuggestionResponse.Empty(request.Message ?? string.Empty);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>A searcher to release to its manager afterwards; retried once if a rebuild swapped the manager meanwhile.</summary>
    private (ReferenceManager<IndexSearcher> Manager, IndexSearcher Searcher) AcquireSearcher()
    {
        for (var attempt = 0; ; attempt++)
        {
            var searchers = _searchers ?? throw new ObjectDisposedException(nameof(SearchIndex));
            try
            {
                return (searchers, searchers.Acquire());
            }
            catch (ObjectDisposedException) when (!_disposed && attempt == 0)
            {
                // Recreate() replaced the manager between reading the field and acquiring from it.
            }
        }
    }

    /// <summary>The document as last indexed (null before the first synchronisation, or for an id gone since).</summary>
    private ContentDocument? Document(string id) => _snapshot?.Find(id);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        try
        {
            Commit();
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            _logger.LogWarning(ex, "Final commit of the search index failed; it will be brought up to date at the next start");
        }

        _searchers?.Dispose();
        _writer?.Dispose();
        _directory.Dispose();
        _analysis.Dispose();
    }
}
