namespace KnowledgeBase.Benchmarks.Measurements;

/// <summary>How much to measure; defaults are what docs/benchmarks.md reports.</summary>
public sealed record BenchmarkOptions
{
    /// <summary>Queries in the mix (40 % two title words, 30 % word and prefix, 20 % typo, 10 % gibberish).</summary>
    public int Queries { get; init; } = 500;

    public int Warmup { get; init; } = 2;

    public int Repeat { get; init; } = 5;

    public int Saves { get; init; } = 20;

    public int GeneratedArticles { get; init; } = 20_000;

    public bool Peers { get; init; }

    public bool KeepFiles { get; init; }

    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "kb-benchmarks");
}
