using System.CommandLine;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Backups;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb restore FILE|DIR</c>: puts a backup back, with the app stopped, keeping the replaced files aside.</summary>
public static class RestoreCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var source = new Argument<string>("FILE|DIR")
        {
            Description = "A backup folder made by kb backup or the schedule (database and trash), or a database file alone",
        };
        var command = new Command("restore",
            "Restore the database (and the trash, from a backup folder) from a backup. Stop the web app first: it refuses while the app runs. "
            + "Nothing is deleted: the replaced database, its log and trash are moved into DATA/before-restore-STAMP/. "
            + "Exit code 2 when the app runs, the backup is missing or it is not a readable database.");
        command.Arguments.Add(source);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (PostgresBackupNotice.Printed(console, "restore"))
            {
                return ExitCodes.NotFound;
            }

            var paths = CliServices.ResolvePaths(parse, options, console);
            var from = Path.GetFullPath(parse.GetValue(source)!, console.WorkingDirectory);
            try
            {
                var restored = DataRestore.Restore(paths, from, console.Time);
                if (parse.GetValue(options.Json))
                {
                    JsonOutput.Write(console.Out, new { database = restored.DatabaseFile, trashFiles = restored.TrashFiles, setAside = restored.SetAside });
                }
                else
                {
                    console.Out.WriteLine($"Restored {console.Display(restored.DatabaseFile)} from {console.Display(from)}"
                        + (restored.TrashFiles is { } files ? $" with {files} trash files" : " (the trash was left as it was)")
                        + $"; the replaced files are in {console.Display(restored.SetAside)}. Start the app again.");
                }

                return ExitCodes.Ok;
            }
            catch (DatabaseInUseException)
            {
                console.Error.WriteLine($"error: the database {console.Display(paths.DatabaseFile)} is in use, probably by the running web app: "
                    + "stop the app, then run kb restore again (a database cannot be replaced while it is open)");
                return ExitCodes.NotFound;
            }
            catch (DatabaseCorruptException e)
            {
                console.Error.WriteLine($"error: the backup {console.Display(from)} is not a readable database, nothing was changed: {e.InnerException?.Message ?? e.Message}");
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
}
