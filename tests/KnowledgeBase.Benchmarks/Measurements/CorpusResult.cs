using KnowledgeBase.Benchmarks.Peers;

namespace KnowledgeBase.Benchmarks.Measurements;

/// <summary>Everything measured for one corpus.</summary>
public sealed record CorpusResult(
    string Corpus,
    string Description,
    int Documents,
    int Sections,
    double LoadMs,
    double IndexMs,
    double DocumentsPerSecond,
    LatencyResult Latency,
    SaveResult Saves,
    BatchResult Batch,
    double WorkingSetMb,
    double ManagedHeapMb,
    double IndexSizeMb,
    PeerResult? Peers);

/// <summary>
/// Query latency over the mix, in milliseconds: repeated passes (as while typing, where earlier words'
/// spellings are remembered) and one cold pass (every query as if never seen).
/// </summary>
public sealed record LatencyResult(int Queries, int Samples, double P50Ms, double P99Ms, double MeanMs, int ZeroResults, Dictionary<string, KindLatency> ByKind, double ColdP50Ms, double ColdP99Ms);

public sealed record KindLatency(double P50Ms, double P99Ms);

/// <summary>Time from writing a file to a search finding it, in milliseconds (includes the watcher's debounce).</summary>
public sealed record SaveResult(int Saves, double P50Ms, double MaxMs, double DebounceMs);
