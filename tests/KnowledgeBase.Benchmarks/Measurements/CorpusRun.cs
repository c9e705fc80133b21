using System.Diagnostics;
using KnowledgeBase.Benchmarks.Corpora;
using KnowledgeBase.Benchmarks.Peers;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeBase.Benchmarks.Measurements;

/// <summary>All measurements for one corpus, in this process (the harness runs one process per corpus).</summary>
public static class CorpusRun
{
    public static async Task<CorpusResult> RunAsync(Corpus corpus, BenchmarkOptions options)
    {
        var work = Path.Combine(options.WorkDirectory, "run-" + corpus.Name);
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        // The shared datasets are read-only: measure on a copy, so save-to-searchable can write files.
        var root = Path.Combine(work, "content");
        CopyFolder(corpus.Root, root);
        var indexPath = Path.Combine(work, "index");

        Console.Error.WriteLine($"[{corpus.Name}] loading {root}");
        var loader = new ContentLoader(new DocumentParser(new MarkdownRenderer()));
        var watch = Stopwatch.StartNew();
        var content = loader.Load(root);
        var loadMs = watch.Elapsed.TotalMilliseconds;

        Console.Error.WriteLine($"[{corpus.Name}] indexing {content.Documents.Count} documents");
        var index = new SearchIndex(indexPath, root);
        watch.Restart();
        var sync = index.Synchronize(content);
        var indexMs = watch.Elapsed.TotalMilliseconds;

        var queries = QueryMix.Build(content, options.Queries);
        Console.Error.WriteLine($"[{corpus.Name}] {queries.Count} queries × {options.Repeat}");
        var latency = MeasureQueries(index, queries, options);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var workingSetMb = Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024.0;
        var heapMb = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
        var indexMb = Directory.EnumerateFiles(indexPath).Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0;

        Console.Error.WriteLine($"[{corpus.Name}] save-to-searchable × {options.Saves}");
        var saves = await MeasureSavesAsync(index, root, work, options.Saves);

        Console.Error.WriteLine($"[{corpus.Name}] kb search --batch");
        var batch = await BatchRun.RunAsync(root, work, queries);

        PeerResult? peers = null;
        if (options.Peers)
        {
            var files = PeerExport.Write(content, queries, Path.Combine(work, "peers"));
            peers = await PeerRunner.RunAsync(files, options);
        }

        index.Dispose();
        if (!options.KeepFiles)
        {
            Directory.Delete(work, recursive: true);
        }

        return new CorpusResult(
            corpus.Name,
            corpus.Description,
            content.Documents.Count,
            sync.Sections,
            Math.Round(loadMs),
            Math.Round(indexMs),
            Math.Round(content.Documents.Count / ((loadMs + indexMs) / 1000.0)),
            latency,
            saves,
            batch,
            Math.Round(workingSetMb),
            Math.Round(heapMb),
            Math.Round(indexMb, 1),
            peers);
    }

    private static LatencyResult MeasureQueries(SearchIndex index, List<BenchmarkQuery> queries, BenchmarkOptions options)
    {
        for (var pass = 0; pass < options.Warmup; pass++)
        {
            queries.ForEach(q => index.Search(new SearchRequest(q.Text)));
        }

        // Samples per query position (the mix may repeat a query text; each occurrence is its own sample).
        var samples = queries.Select(_ => new List<double>()).ToArray();
        var zeroResults = 0;
        for (var pass = 0; pass < options.Repeat; pass++)
        {
            for (var i = 0; i < queries.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                var response = index.Search(new SearchRequest(queries[i].Text));
                samples[i].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (pass == 0 && response.Total == 0)
                {
                    zeroResults++;
                }
            }
        }

        // A last pass with every query as if new: no remembered spellings from the warm-up or earlier passes.
        var cold = new List<double>();
        foreach (var query in queries)
        {
            QueryPlanner.ClearCaches();
            var start = Stopwatch.GetTimestamp();
            index.Search(new SearchRequest(query.Text));
            cold.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var all = samples.SelectMany(s => s).ToList();
        var byKind = queries.Select((q, i) => (q.Kind, Samples: samples[i])).GroupBy(p => p.Kind).ToDictionary(
            g => g.Key,
            g =>
            {
                var kind = g.SelectMany(p => p.Samples).ToList();
                return new KindLatency(Round(Percentiles.Of(kind, 50)), Round(Percentiles.Of(kind, 99)));
            });
        return new LatencyResult(queries.Count, all.Count, Round(Percentiles.Of(all, 50)), Round(Percentiles.Of(all, 99)), Round(all.Average()), zeroResults, byKind,
            Round(Percentiles.Of(cold, 50)), Round(Percentiles.Of(cold, 99)));
    }

    /// <summary>
    /// The running app's path: a file is written, the watcher notices, the library re-reads it and the
    /// index applies it. Timed from the write until a search finds the new text.
    /// </summary>
    private static async Task<SaveResult> MeasureSavesAsync(SearchIndex index, string root, string work, int saves)
    {
        var paths = new KnowledgeBasePaths(root, work);
        var library = new ContentLibrary(new ContentLoader(new DocumentParser(new MarkdownRenderer())), paths);
        var options = new SearchIndexOptions();
        using var pipeline = new ContentPipeline(library, index, options, TimeProvider.System, NullLogger<ContentPipeline>.Instance);
        await pipeline.StartAsync(CancellationToken.None);
        await pipeline.Ready;

        var conventional = ContentLayout.IsConventional(root);
        var samples = new List<double>();
        for (var i = 0; i < saves; i++)
        {
            var relative = conventional ? $"articles/en/benchmark/saved-{i}.md" : $"benchmark/saved-{i}.md";
            var id = relative[..^3];
            var word = $"zqsaved{i}x";
            var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnChanged(ContentIndexed change)
            {
                if (change.Ids.Contains(id))
                {
                    changed.TrySetResult();
                }
            }

            pipeline.Indexed += OnChanged;
            var file = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var start = Stopwatch.GetTimestamp();
            await File.WriteAllTextAsync(file, $"---\ntitle: Saved {i}\n---\n\n## Section\n\nThe word {word} appears here.\n");
            await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var found = index.Search(new SearchRequest(word)).Results.Any(r => r.Id == id);
            samples.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            Console.Error.WriteLine($"  save {i}: {samples[^1]:0} ms (gen2 collections so far: {GC.CollectionCount(2)})");
            pipeline.Indexed -= OnChanged;
            if (!found)
            {
                throw new InvalidOperationException($"saved file {relative} was indexed but not found");
            }
        }

        await pipeline.StopAsync(CancellationToken.None);
        return new SaveResult(samples.Count, Round(Percentiles.Of(samples, 50)), Round(samples.Max()), options.WatchDebounce.TotalMilliseconds);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.')))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static double Round(double value) => Math.Round(value, 3);
}
