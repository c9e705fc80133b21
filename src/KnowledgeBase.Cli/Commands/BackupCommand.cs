using System.CommandLine;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Backups;
using Microsoft.Extensions.Configuration;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb backup [--to DIR]</c>: a consistent copy of the database and the trash, while the app runs or not.
/// Only the process that has the database open can copy it consistently (it checkpoints the log into the
/// file and copies the file before it changes again), so while the app runs it is asked to, through its
/// backup socket in the data folder; otherwise this command opens the database and does the same.
/// </summary>
public static class BackupCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var to = new Option<string?>("--to")
        {
            Description = "Folder to write the backup folder into (default: KnowledgeBase__Backup__Folder, else DATA/backups)",
            HelpName = "DIR",
        };
        var command = new Command("backup",
            "Back up the database (DATA/knowledgebase.db) and the trash (DATA/trash/) into a new folder kb-backup-STAMP-manual, consistently, "
            + "also while the web app runs (the app writes it, asked through DATA/control/backup.sock). Restore it with kb restore. "
            + "Exit code 2 when no backup could be written.");
        command.Options.Add(to);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (PostgresBackupNotice.Printed(console, "backup"))
            {
                return ExitCodes.NotFound;
            }

            var paths = CliServices.ResolvePaths(parse, options, console);
            var settings = console.Configuration.GetSection(BackupOptions.SectionName).Get<BackupOptions>() ?? new BackupOptions();
            var folder = parse.GetValue(to) is { } given ? Path.GetFullPath(given, console.WorkingDirectory) : null;
            try
            {
                var (backup, byApp) = BackupRequestClient.TryRequest(paths, folder) is { } fromApp
                    ? (fromApp, true)
                    : (Backup(paths, folder ?? settings.ResolveFolder(paths), console), false);
                if (parse.GetValue(options.Json))
                {
                    JsonOutput.Write(console.Out, new { folder = backup.Folder, databaseBytes = backup.DatabaseBytes, trashFiles = backup.TrashFiles, byApp });
                }
                else
                {
                    console.Out.WriteLine($"Backed up the database ({backup.DatabaseBytes:N0} bytes) and {backup.TrashFiles} trash files to {console.Display(backup.Folder)}"
                        + (byApp ? " (written by the running app)" : ""));
                }

                return ExitCodes.Ok;
            }
            catch (DatabaseInUseException)
            {
                console.Error.WriteLine($"error: the database {console.Display(paths.DatabaseFile)} is in use, but no app answered on {console.Display(BackupSocket.PathOf(paths))}: "
                    + "if the app runs, check its log for the backup socket; else another kb holds the database, try again when it is done");
                return ExitCodes.NotFound;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.NotFound;
            }
        });
        return command;
    }

    private static BackupResult Backup(KnowledgeBasePaths paths, string folder, CliConsole console)
    {
        if (!File.Exists(paths.DatabaseFile))
        {
            throw new FileNotFoundException($"There is no database at {console.Display(paths.DatabaseFile)} yet: nothing to back up.");
        }

        using var database = KnowledgeBaseDatabase.Open(paths.DatabaseFile);
        return new DataBackup(database, paths, console.Time).Write(folder, BackupKind.Manual);
    }
}
