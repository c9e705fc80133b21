using System.Globalization;

namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>
/// CPU time read from /proc: a process with its descendants (nginx's workers, PostgreSQL's backends;
/// children that already exited count through the parent's cutime/cstime), and the whole machine's
/// busy time. Linux only, which is where this benchmark runs.
/// </summary>
internal static class ProcessCpu
{
    // USER_HZ: /proc reports times in these ticks; 100 on every Linux this runs on.
    private const double TicksPerSecond = 100;

    /// <summary>CPU seconds used so far by <paramref name="processId"/> and its descendants.</summary>
    public static double TreeSeconds(int processId)
    {
        var stats = AllStats();
        var total = 0.0;
        var queue = new Queue<int>([processId]);
        var first = true;
        while (queue.Count > 0)
        {
            var pid = queue.Dequeue();
            if (stats.TryGetValue(pid, out var stat))
            {
                // The root's cutime/cstime hold its reaped children; a live child's own are counted when visited.
                total += first ? stat.Own + stat.Reaped : stat.Own;
            }

            first = false;
            foreach (var child in stats.Where(s => s.Value.Parent == pid))
            {
                queue.Enqueue(child.Key);
            }
        }

        return total / TicksPerSecond;
    }

    /// <summary>Busy and total jiffies over all cores (the first line of /proc/stat).</summary>
    public static (long Busy, long Total) Machine()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var idle = fields[3] + fields[4];
        var total = fields.Take(8).Sum();
        return (total - idle, total);
    }

    /// <summary>VmRSS of a process, in bytes.</summary>
    public static long ResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    private static Dictionary<int, (int Parent, long Own, long Reaped)> AllStats()
    {
        var stats = new Dictionary<int, (int, long, long)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            try
            {
                var text = File.ReadAllText(Path.Combine(directory, "stat"));

                // The command name is in parentheses and may hold spaces: fields start after the last ')'.
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture);
                stats[pid] = ((int)Field(4), Field(14) + Field(15), Field(16) + Field(17));
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
        }

        return stats;
    }
}
