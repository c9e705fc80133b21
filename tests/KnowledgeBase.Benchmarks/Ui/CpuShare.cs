using System.Diagnostics;
using System.Globalization;

namespace KnowledgeBase.Benchmarks.Ui;

/// <summary>
/// Where the machine's CPU went over a stretch of wall time: the app's process, and every core's
/// busy time from /proc/stat (the browser, the benchmark itself and anything else running). Says
/// what dominates when many agents type at once.
/// </summary>
internal sealed class CpuShare
{
    public const string Header = "app CPU / machine busy / cores busy in all";

    private readonly Process _app;
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly TimeSpan _appStart;
    private readonly (long Busy, long Total) _machineStart;

    private CpuShare(int processId)
    {
        _app = Process.GetProcessById(processId);
        _appStart = _app.TotalProcessorTime;
        _machineStart = Machine();
    }

    public static CpuShare Start(int processId) => new(processId);

    /// <summary>"app 0.9 of 2 cores / machine 97% busy / 1.9 cores".</summary>
    public string Stop()
    {
        _app.Refresh();
        var seconds = _wall.Elapsed.TotalSeconds;
        var app = (_app.TotalProcessorTime - _appStart).TotalSeconds / seconds;
        var (busy, total) = Machine();
        var share = (double)(busy - _machineStart.Busy) / Math.Max(1, total - _machineStart.Total);
        return string.Create(CultureInfo.InvariantCulture,
            $"app {app:0.00} of {Environment.ProcessorCount} cores / machine {share:P0} busy / {share * Environment.ProcessorCount:0.00} cores, over {seconds:0} s");
    }

    /// <summary>Busy and total jiffies of all cores (the first line of /proc/stat).</summary>
    private static (long Busy, long Total) Machine()
    {
        if (!File.Exists("/proc/stat"))
        {
            return (0, 0);
        }

        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Take(8).Sum();
        return (total - idle, total);
    }
}
