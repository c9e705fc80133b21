namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>One step of agents typing at once: latencies, failures, and where the CPU went.</summary>
internal sealed record LoadStepResult(
    int Nodes,
    int Agents,
    double Seconds,
    IReadOnlyList<double> Samples,
    int Unanswered,
    int Errors,
    int Disconnects,
    IReadOnlyList<double> NodeCores,
    double NginxCores,
    double PostgresCores,
    double GeneratorCores,
    double MachineCores,
    IReadOnlyList<int> ConnectionsPerNode)
{
    public int Keystrokes => Samples.Count + Unanswered;

    /// <summary>App CPU milliseconds (all nodes) per answered keystroke: the server's cost of one key.</summary>
    public double AppCpuMsPerKey => Samples.Count == 0 ? double.NaN : NodeCores.Sum() * Seconds * 1000 / Samples.Count;

    public double KeysPerSecond => Keystrokes / Seconds;
}
