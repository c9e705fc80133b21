using System.Globalization;
using System.Text;
using KnowledgeBase.Benchmarks.Measurements;

namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>The Markdown the <c>--cluster-load</c> run prints (docs/benchmarks.md, "Several nodes").</summary>
internal sealed class LoadReport(ClusterLoadOptions options)
{
    private readonly string _loadBefore = LoadAverage();
    private readonly DateTime _started = DateTime.UtcNow;

    public List<LoadStepResult> Steps { get; } = [];

    public MemoryResult? Memory { get; set; }

    public (int Agents, long Connected, long Closed)? AfterTyping { get; set; }

    public int FailedOpens { get; set; }

    public const string Header =
        "| nodes | agents | keys | keys/s | p50 | p95 | p99 | max | unanswered | errors / disconnects | app CPU, cores (per node) | app CPU ms per key | nginx | PostgreSQL | load generator | machine busy (of 2 cores) | connections per node |";

    public static string Row(LoadStepResult step) => string.Create(CultureInfo.InvariantCulture,
        $"| {step.Nodes} | {step.Agents} | {step.Keystrokes} | {step.KeysPerSecond:0} | {Ms(step.Samples, 50)} | {Ms(step.Samples, 95)} | {Ms(step.Samples, 99)} | {(step.Samples.Count == 0 ? "-" : $"{step.Samples.Max():0}")} ms | {step.Unanswered} | {step.Errors} / {step.Disconnects} | {step.NodeCores.Sum():0.00} ({string.Join(" + ", step.NodeCores.Select(c => c.ToString("0.00", CultureInfo.InvariantCulture)))}) | {step.AppCpuMsPerKey:0.00} | {step.NginxCores:0.00} | {step.PostgresCores:0.00} | {step.GeneratorCores:0.00} | {step.MachineCores:0.00} | {string.Join(" / ", step.ConnectionsPerNode)} |");

    public string Render()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"cluster load, corpus {options.Corpus}, {Environment.ProcessorCount} cores, started {_started:yyyy-MM-dd HH:mm} UTC, {options.StepSeconds} s measured per step, target p95 {options.TargetMs:0} ms");
        text.AppendLine(CultureInfo.InvariantCulture, $"load average before: {_loadBefore}; after: {LoadAverage()}");
        text.AppendLine();
        text.AppendLine(Header);
        text.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|");
        foreach (var step in Steps)
        {
            text.AppendLine(Row(step));
        }

        text.AppendLine();
        foreach (var nodes in Steps.Select(s => s.Nodes).Distinct())
        {
            var passed = Steps.FirstOrDefault(s => s.Nodes == nodes && Percentiles.Of(s.Samples, 95) > options.TargetMs);
            text.AppendLine(passed is null
                ? $"- {nodes} node(s): p95 stayed within {options.TargetMs:0} ms up to {Steps.Where(s => s.Nodes == nodes).Max(s => s.Agents)} agents (the largest step run)."
                : $"- {nodes} node(s): p95 passed {options.TargetMs:0} ms at {passed.Agents} agents.");
        }

        if (FailedOpens > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- circuits that could not be opened: {FailedOpens}");
        }

        if (Memory is not null)
        {
            text.AppendLine();
            text.AppendLine("| idle circuits on one node | app resident memory (VmRSS) |");
            text.AppendLine("|---:|---:|");
            foreach (var (circuits, bytes) in Memory.Points)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {circuits} | {Mb(bytes)} |");
            }

            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"- memory per idle circuit (least-squares slope): {Memory.BytesPerCircuit / 1024:0} KB");
            if (AfterTyping is { } after && after.Agents > 0)
            {
                var perAgent = (after.Connected - after.Closed) / 1024.0 / after.Agents;
                var reading = perAgent < 50 ? " (the GC kept the memory: RSS after typing says nothing per agent)" : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"- after the steps, typing stopped: {Mb(after.Connected)} with the {after.Agents} agents connected, {Mb(after.Closed)} once they closed: {perAgent:0} KB per agent given back{reading}");
            }
        }

        return text.ToString();
    }

    private static string Ms(IReadOnlyList<double> samples, double percentile) =>
        samples.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{Percentiles.Of(samples, percentile):0.0} ms");

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0} MB");

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
