using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Storage.Backups;

/// <summary>
/// Backs the data up every <see cref="BackupOptions.Interval"/> and keeps the newest
/// <see cref="BackupOptions.Keep"/>. The schedule follows the newest backup on disk, so restarts neither
/// skip nor repeat one; with none yet, the first comes a minute after start (once start-up work is done).
/// With several nodes, only the one that leads the background jobs writes it.
/// </summary>
public sealed class ScheduledBackups(
    IServiceProvider services,
    IOptions<BackupOptions> options,
    KnowledgeBasePaths paths,
    TimeProvider time,
    ILogger<ScheduledBackups> logger,
    IJobLeadership? leadership = null) : IHostedService, IDisposable
{
    /// <summary>How long after start the first backup comes when there is none yet.</summary>
    public static readonly TimeSpan FirstBackupDelay = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private ITimer? _timer;
    private bool _stopped;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var interval = options.Value.Interval;
        if (interval <= TimeSpan.Zero)
        {
            logger.LogInformation("Scheduled backups are off (KnowledgeBase:Backup:Interval is {Interval})", interval);
            return Task.CompletedTask;
        }

        var now = time.GetUtcNow();
        var due = DataBackup.NewestScheduled(options.Value.ResolveFolder(paths)) is { } newest ? newest + interval - now : FirstBackupDelay;
        _timer = time.CreateTimer(_ => Run(), null, due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _stopped = true;
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        return Task.CompletedTask;
    }

    /// <summary>Writes a scheduled backup now and prunes old ones; null when it failed (the failure is logged).</summary>
    public BackupResult? Run()
    {
        lock (_gate)
        {
            if (_stopped)
            {
                return null;
            }

            try
            {
                if (leadership is not null && !leadership.TryLead())
                {
                    logger.LogInformation("Skipped the scheduled backup: another node runs the background jobs");
                    return null;
                }

                var folder = options.Value.ResolveFolder(paths);

                // Resolved here, not injected: a database that cannot be opened must not stop the app starting.
                var backup = services.GetRequiredService<DataBackup>();
                var result = backup.Write(folder, BackupKind.Scheduled);
                logger.LogInformation("Backed up the database ({Bytes} bytes) and {TrashFiles} trash files to {Folder}", result.DatabaseBytes, result.TrashFiles, result.Folder);
                foreach (var deleted in backup.Prune(folder, Math.Max(1, options.Value.Keep)))
                {
                    logger.LogInformation("Deleted the old backup {Folder}", deleted);
                }

                return result;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The next one is due after the interval anyway; a failed backup must not stop the app.
                logger.LogError(e, "The scheduled backup failed");
                return null;
            }
            finally
            {
                _timer?.Change(options.Value.Interval, Timeout.InfiniteTimeSpan);
            }
        }
    }

    public void Dispose() => _timer?.Dispose();
}
