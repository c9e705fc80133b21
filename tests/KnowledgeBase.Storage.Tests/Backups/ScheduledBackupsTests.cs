using KnowledgeBase.Storage.Backups;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Storage.Tests.Backups;

public sealed class ScheduledBackupsTests : BackupFixture
{
    private ScheduledBackups Schedule(TimeSpan interval, int keep = 7) => new(
        new ServiceCollection().AddSingleton(Backup).BuildServiceProvider(),
        Options.Create(new BackupOptions { Interval = interval, Keep = keep, Folder = BackupFolder }),
        Paths,
        Time,
        NullLogger<ScheduledBackups>.Instance);

    [Fact]
    public async Task TheFirstBackupComesAMinuteAfterStart_ThenOneEveryInterval_AndOnlyTheNewestAreKept()
    {
        Directory.CreateDirectory(Path.Combine(BackupFolder, "kb-backup-20261001-080000-manual"));
        using var schedule = Schedule(TimeSpan.FromHours(1), keep: 2);
        await schedule.StartAsync(CancellationToken.None);
        Assert.Equal(["kb-backup-20261001-080000-manual"], Backups());

        Time.Advance(ScheduledBackups.FirstBackupDelay);
        Time.Advance(TimeSpan.FromHours(1));
        Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(["kb-backup-20261001-080000-manual", "kb-backup-20261123-110100", "kb-backup-20261123-120100"], Backups());
    }

    [Fact]
    public async Task AfterARestart_TheScheduleFollowsTheNewestBackup()
    {
        Directory.CreateDirectory(Path.Combine(BackupFolder, "kb-backup-20261123-093000"));
        using var schedule = Schedule(TimeSpan.FromHours(1));
        await schedule.StartAsync(CancellationToken.None);

        Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Single(Backups());
        Time.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(["kb-backup-20261123-093000", "kb-backup-20261123-103000"], Backups());
    }

    [Fact]
    public async Task AnIntervalOfZero_TurnsScheduledBackupsOff()
    {
        using var schedule = Schedule(TimeSpan.Zero);
        await schedule.StartAsync(CancellationToken.None);

        Time.Advance(TimeSpan.FromDays(3));

        Assert.Empty(Backups());
    }

    [Fact]
    public async Task AfterStop_NoMoreBackups()
    {
        using var schedule = Schedule(TimeSpan.FromHours(1));
        await schedule.StartAsync(CancellationToken.None);
        await schedule.StopAsync(CancellationToken.None);

        Time.Advance(TimeSpan.FromHours(3));

        Assert.Empty(Backups());
    }
}
