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

/// <summary>The index on disk: opening it, starting it over when it is unreadable or foreign, and counting what it holds.</summary>
public sealed partial class SearchIndex
{
    private void Open()
    {
        try
        {
            OpenWriter();
        }
        catch (LockObtainFailedException)
        {
            // The running app owns the index and keeps it current; a second process can still read it.
            _logger.LogWarning("Search index at {Path} is in use by another process; opening it read-only", _indexPath);
            if (!DirectoryReader.IndexExists(_directory))
            {
                throw new InvalidOperationException($"The search index at {_indexPath} is locked by another process and has no data yet.");
            }

            _searchers = new SearcherManager(_directory, new Bm25SearcherFactory());
            _status = new IndexStatus(IndexState.ReadOnly, 0, 0, CountDocuments(), CountSections());
            return;
        }
        catch (Exception ex) when (IsCorruption(ex))
        {
            _logger.LogWarning(ex, "Search index at {Path} is unreadable; rebuilding it from content", _indexPath);
            Wipe();
            OpenWriter();
        }

        var data = _writer!.CommitData;
        var schema = data.TryGetValue(SearchFields.CommitSchema, out var s) ? s : null;
        var root = data.TryGetValue(SearchFields.CommitContentRoot, out var r) ? r : null;
        if (_writer.NumDocs > 0 && (schema != SearchFields.SchemaVersion || root != _contentRoot))
        {
            _logger.LogWarning(
                "Search index at {Path} was built for {Root} (schema {Schema}); rebuilding it for {Content}",
                _indexPath, root ?? "another content folder", schema ?? "unknown", _contentRoot);
            _writer.DeleteAll();
            Commit();
            _searchers!.MaybeRefreshBlocking();
        }

        _status = new IndexStatus(IndexState.Starting, 0, 0, CountDocuments(), CountSections());
    }

    private void OpenWriter()
    {
        if (DirectoryReader.IndexExists(_directory))
        {
            // Opening a reader reads every segment's metadata: a damaged index fails here, not mid-search.
            using var probe = DirectoryReader.Open(_directory);
        }

        var config = new IndexWriterConfig(LuceneVersionInfo.Version, _analysis.Index)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = _options.RamBufferMb,

            // A bulk build merges only at its end (see PausableMergePolicy), all flushed segments at once.
            MergePolicy = new PausableMergePolicy(new TieredMergePolicy { MaxMergeAtOnceExplicit = 100 }),
        };
        _writer = new IndexWriter(_directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>A new, empty index in the same folder; in-flight searches finish on the old readers.</summary>
    private void Recreate()
    {
        var oldSearchers = _searchers;
        try
        {
            // Rollback, not Dispose: closing would commit, and committing is what fails here.
            _writer?.Rollback();
        }
        catch (Exception ex) when (IsStorageFailure(ex))
        {
            _logger.LogDebug(ex, "Closing the damaged index writer failed, as expected");
        }

        Wipe();
        OpenWriter();
        oldSearchers?.Dispose();
    }

    private void Wipe()
    {
        _directory.Dispose();
        Directory.CreateDirectory(_indexPath);
        foreach (var file in Directory.EnumerateFiles(_indexPath))
        {
            File.Delete(file);
        }

        _directory = FSDirectory.Open(_indexPath);
    }

    private Dictionary<string, string> ReadIndexedHashes()
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var searcher = _searchers!.Acquire();
        try
        {
            var fields = new HashSet<string>(StringComparer.Ordinal) { SearchFields.Id, SearchFields.Hash };
            var heads = searcher.Search(new TermQuery(new Term(SearchFields.IsHead, "1")), Math.Max(1, searcher.IndexReader.MaxDoc));
            foreach (var hit in heads.ScoreDocs)
            {
                var stored = searcher.Doc(hit.Doc, fields);
                hashes[stored.Get(SearchFields.Id)] = stored.Get(SearchFields.Hash) ?? string.Empty;
            }
        }
        finally
        {
            _searchers.Release(searcher);
        }

        return hashes;
    }

    private int CountDocuments() => CountWhere(new TermQuery(new Term(SearchFields.IsHead, "1")));

    private int CountSections() => CountWhere(new TermQuery(new Term(SearchFields.IsHead, "0")));

    private int CountWhere(Query query)
    {
        if (_searchers is null)
        {
            return 0;
        }

        var searcher = _searchers.Acquire();
        try
        {
            var collector = new TotalHitCountCollector();
            searcher.Search(query, collector);
            return collector.TotalHits;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static bool IsCorruption(Exception ex) =>
        ex is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException
            or FileNotFoundException or IOException { InnerException: not null } or InvalidCastException or IndexOutOfRangeException;
}
