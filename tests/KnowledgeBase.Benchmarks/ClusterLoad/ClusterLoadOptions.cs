namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>The <c>--cluster-load</c> run's settings (see Program.cs usage and docs/benchmarks.md).</summary>
internal sealed record ClusterLoadOptions
{
    /// <summary>Node counts to measure, one rig each (1, 2 or both).</summary>
    public IReadOnlyList<int> Nodes { get; init; } = [1, 2];

    public string Corpus { get; init; } = "handbook";

    /// <summary>Agents typing at once, step by step; the steps stop after the first whose p95 passes <see cref="TargetMs"/>.</summary>
    public IReadOnlyList<int> Steps { get; init; } = [10, 25, 50, 75, 100, 150, 200, 300, 400];

    /// <summary>Measured seconds per step, after the new agents' start-up.</summary>
    public int StepSeconds { get; init; } = 20;

    /// <summary>Idle circuits held open for the memory line (one node only); empty: no memory line.</summary>
    public IReadOnlyList<int> IdleCircuits { get; init; } = [0, 200, 500, 1000];

    public double TargetMs { get; init; } = 100;

    /// <summary>A published app to run (dotnet publish src/KnowledgeBase.Web -c Release -o DIR); null: publish one.</summary>
    public string? App { get; init; }

    public string WorkDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "kb-cluster-load-" + Guid.NewGuid().ToString("N")[..8]);
}
