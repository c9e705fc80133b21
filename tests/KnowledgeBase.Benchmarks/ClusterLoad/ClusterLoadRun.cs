using System.Diagnostics;
using KnowledgeBase.Benchmarks.Measurements;
using KnowledgeBase.Benchmarks.Ui;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>
/// Issue 17's load measurement: simulated agents (real Blazor Server circuits over SignalR, see
/// <see cref="BlazorCircuit"/>) typing on the search page through nginx, step by step until the p95
/// keystroke → results passes the target, on one node and on two; the app's memory per idle circuit;
/// and where the machine's CPU went in every step (the load generator shares the machine).
/// </summary>
internal static class ClusterLoadRun
{
    // Long enough for every new agent's random start (up to 4 s) and its first keys.
    private static readonly TimeSpan StepStartUp = TimeSpan.FromSeconds(6);

    public static async Task<string> RunAsync(ClusterLoadOptions options, CancellationToken cancellation)
    {
        var report = new LoadReport(options);
        var content = options.Corpus switch
        {
            "content" => RepositoryPaths.Content,
            "handbook" => RepositoryPaths.GitLabHandbook,
            _ => throw new ArgumentException($"--corpus {options.Corpus}: use handbook or content"),
        };
        var queries = UiLatencyRun.Queries[options.Corpus];
        try
        {
            var app = options.App ?? await PublishAsync(Path.Combine(options.WorkDirectory, "app"), cancellation);
            foreach (var nodes in options.Nodes)
            {
                Say($"{nodes} node(s): starting PostgreSQL, the app and nginx");
                await using var rig = await ClusterRig.StartAsync(app, content, nodes, Path.Combine(options.WorkDirectory, $"rig{nodes}"), cancellation);
                await using var pool = new AgentPool(rig, queries);
                await SettleAsync(rig, cancellation);
                if (nodes == 1 && options.IdleCircuits.Count > 0)
                {
                    report.Memory = await MeasureIdleMemoryAsync(rig, pool, options.IdleCircuits, cancellation);
                }

                // Warm-up (JIT, caches, connection pools): the first step's agents type for a while, unmeasured.
                Say($"{nodes} node(s): warming up with {options.Steps[0]} agents");
                await pool.GrowTypingAsync(options.Steps[0], cancellation);
                await Task.Delay(StepStartUp + TimeSpan.FromSeconds(10), cancellation);
                foreach (var agents in options.Steps)
                {
                    var step = await MeasureStepAsync(rig, pool, nodes, agents, options.StepSeconds, cancellation);
                    report.Steps.Add(step);
                    Say(LoadReport.Row(step));
                    if (Percentiles.Of(step.Samples, 95) > options.TargetMs)
                    {
                        break;
                    }
                }

                if (nodes == 1 && report.Memory is not null)
                {
                    // Typed-in circuits against none: what closing them gives back (the GC may keep some).
                    await pool.StopTypingAsync();
                    var connected = await SettledResidentBytesAsync(rig.Nodes[0].ProcessId, cancellation);
                    var agents = pool.Count;
                    await pool.CloseTypingAsync();
                    report.AfterTyping = (agents, connected, await SettledResidentBytesAsync(rig.Nodes[0].ProcessId, cancellation));
                }

                report.FailedOpens += pool.FailedOpens;
                Say($"{nodes} node(s): stopping");
            }
        }
        finally
        {
            try
            {
                Directory.Delete(options.WorkDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        return report.Render();
    }

    private static async Task<LoadStepResult> MeasureStepAsync(ClusterRig rig, AgentPool pool, int nodes, int agents, int seconds, CancellationToken cancellation)
    {
        Say($"{nodes} node(s): {agents} agents");
        await pool.GrowTypingAsync(agents, cancellation);
        await Task.Delay(StepStartUp, cancellation);
        pool.Take();
        var errors = pool.Errors;
        var disconnects = pool.Disconnects;
        var generator = Process.GetCurrentProcess();
        var before = (
            Nodes: rig.Nodes.Select(n => ProcessCpu.TreeSeconds(n.ProcessId)).ToList(),
            Nginx: ProcessCpu.TreeSeconds(rig.Nginx.ProcessId),
            Postgres: ProcessCpu.TreeSeconds(rig.PostmasterId),
            Generator: generator.TotalProcessorTime.TotalSeconds,
            Machine: ProcessCpu.Machine());
        var wall = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellation);
        var (samples, unanswered) = pool.Take();
        var elapsed = wall.Elapsed.TotalSeconds;
        generator.Refresh();
        var machine = ProcessCpu.Machine();
        double Cores(double from, double to) => (to - from) / elapsed;
        return new LoadStepResult(
            nodes,
            pool.Count,
            elapsed,
            samples,
            unanswered,
            pool.Errors - errors,
            pool.Disconnects - disconnects,
            rig.Nodes.Select((n, i) => Cores(before.Nodes[i], ProcessCpu.TreeSeconds(n.ProcessId))).ToList(),
            Cores(before.Nginx, ProcessCpu.TreeSeconds(rig.Nginx.ProcessId)),
            Cores(before.Postgres, ProcessCpu.TreeSeconds(rig.PostmasterId)),
            Cores(before.Generator, generator.TotalProcessorTime.TotalSeconds),
            (double)(machine.Busy - before.Machine.Busy) / Math.Max(1, machine.Total - before.Machine.Total) * Environment.ProcessorCount,
            rig.ConnectionsPerNode());
    }

    private static async Task<MemoryResult> MeasureIdleMemoryAsync(ClusterRig rig, AgentPool pool, IReadOnlyList<int> counts, CancellationToken cancellation)
    {
        // Circuit code JIT-compiled and pools filled first, so the first points do not carry that.
        await pool.GrowIdleAsync(20, cancellation);
        await pool.CloseIdleAsync();
        var points = new List<(int, long)>();
        foreach (var count in counts)
        {
            Say($"memory: {count} idle circuits");
            await pool.GrowIdleAsync(count, cancellation);
            points.Add((pool.IdleCount, await SettledResidentBytesAsync(rig.Nodes[0].ProcessId, cancellation)));
        }

        await pool.CloseIdleAsync();
        return new MemoryResult(points);
    }

    /// <summary>
    /// Waits until the nodes are quiet after start-up (index just built, background jobs' first
    /// round, GC): app CPU under 0.05 cores over 2 s, at most 60 s. Otherwise the first step would
    /// be charged for start-up work.
    /// </summary>
    private static async Task SettleAsync(ClusterRig rig, CancellationToken cancellation)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            var before = rig.Nodes.Sum(n => ProcessCpu.TreeSeconds(n.ProcessId));
            await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
            var cores = (rig.Nodes.Sum(n => ProcessCpu.TreeSeconds(n.ProcessId)) - before) / 2;
            if (cores < 0.05)
            {
                Say($"nodes quiet after {waited.Elapsed.TotalSeconds:0} s");
                return;
            }
        }

        Say("nodes still busy after 60 s; measuring anyway");
    }

    /// <summary>
    /// Resident memory once it stops moving: read every half second until two readings a second
    /// apart differ by under 1 MB, at most 20 s (the GC settles in the background). A benchmark, not
    /// a test: waiting on the clock is the measurement.
    /// </summary>
    private static async Task<long> SettledResidentBytesAsync(int processId, CancellationToken cancellation)
    {
        var readings = new List<long> { ProcessCpu.ResidentBytes(processId) };
        for (var i = 0; i < 40; i++)
        {
            await Task.Delay(500, cancellation);
            readings.Add(ProcessCpu.ResidentBytes(processId));
            if (readings.Count >= 3 && Math.Abs(readings[^1] - readings[^3]) < 1 << 20)
            {
                break;
            }
        }

        return readings[^1];
    }

    private static async Task<string> PublishAsync(string output, CancellationToken cancellation)
    {
        Say("publishing the app (dotnet publish -c Release; --app DIR reuses one)");
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["publish", Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Web"), "-c", "Release", "-o", output, "-nologo", "-v", "q"])
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start) ?? throw new InvalidOperationException("could not run dotnet publish");
        var text = publish.StandardOutput.ReadToEndAsync(cancellation);
        var errors = publish.StandardError.ReadToEndAsync(cancellation);
        await publish.WaitForExitAsync(cancellation);
        return publish.ExitCode == 0 ? output : throw new InvalidOperationException($"dotnet publish failed:\n{await text}\n{await errors}");
    }

    private static void Say(string line) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");
}
