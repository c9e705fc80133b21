namespace KnowledgeBase.Benchmarks.Peers;

/// <summary>One JavaScript engine's numbers from bench.mjs.</summary>
public sealed record PeerEngine(string Name, string Version, double BuildMs, double IndexHeapMb, double P50Ms, double P99Ms, double MeanMs, int ZeroResults, string? Error);

/// <summary>The peers' run on the same documents and queries.</summary>
public sealed record PeerResult(IReadOnlyList<PeerEngine> Engines, string? Error);
