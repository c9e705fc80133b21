using System.CommandLine;
using KnowledgeBase.Application.Storage;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Export;
using KnowledgeBase.Storage.Postgres.Copy;
using KnowledgeBase.Storage.Postgres.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb db migrate</c> (apply the PostgreSQL schema's pending migrations) and <c>kb db copy --to-postgres
/// CONNECTION</c> (move a LiteDB installation's database into an empty PostgreSQL database and check the
/// rows of every table).
/// </summary>
public static class DbCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("db", "The app's database: apply PostgreSQL migrations, copy a LiteDB installation into PostgreSQL (KnowledgeBase__Database__Provider=Postgres and KnowledgeBase__Database__ConnectionString choose PostgreSQL).");
        command.Subcommands.Add(CreateMigrate(console));
        command.Subcommands.Add(CreateCopy(console));
        return command;
    }

    private static Command CreateMigrate(CliConsole console)
    {
        var options = new CommonOptions();
        var connection = new Option<string?>("--connection")
        {
            Description = "Npgsql connection string (default: KnowledgeBase__Database__ConnectionString)",
            HelpName = "CONNECTION",
        };
        var command = new Command("migrate", "Apply the pending migrations to the PostgreSQL database (the app also does this at start, under an advisory lock). With LiteDB there is nothing to migrate. Exit code 2 when the database cannot be reached.");
        command.Options.Add(connection);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            DatabaseOptions settings;
            try
            {
                settings = parse.GetValue(connection) is { Length: > 0 } given
                    ? new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = given }
                    : console.Configuration.ReadDatabaseOptions();
            }
            catch (InvalidOperationException e)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }

            if (settings.Provider == DatabaseProvider.LiteDb)
            {
                console.Out.WriteLine("The database provider is LiteDB (KnowledgeBase__Database__Provider): its file needs no migrations. Set the provider to Postgres with a connection string, or pass --connection.");
                return ExitCodes.Ok;
            }

            return CliDatabase.UsePostgres(console, settings.ConnectionString!, services =>
            {
                var migrator = services.GetRequiredService<PostgresMigrator>();
                var applied = migrator.Migrate();
                var all = migrator.Applied();
                JsonOutput.Print(console, parse.GetValue(options.Json),
                    () => new { applied, current = all.LastOrDefault() },
                    () => console.Out.WriteLine(applied.Count == 0
                        ? $"The database is up to date ({all.LastOrDefault() ?? "no migrations"})."
                        : $"Applied {applied.Count} migrations: {string.Join(", ", applied)}."));
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static Command CreateCopy(CliConsole console)
    {
        var options = new CommonOptions();
        var target = new Option<string>("--to-postgres")
        {
            Description = "Npgsql connection string of the empty PostgreSQL database to copy into (Host=…;Database=…;Username=…;Password=…)",
            HelpName = "CONNECTION",
            Required = true,
        };
        var replace = new Option<bool>("--replace") { Description = "Delete what the PostgreSQL database holds first (else a database with rows is refused)" };
        var command = new Command("copy",
            "Copy the installation's LiteDB database (DATA/knowledgebase.db: accounts, access tokens, audit log, revisions, trash records, activity, onboarding, insights) "
            + "into PostgreSQL with its ids, applying the migrations first, then compare the rows of every table. Stop the app first (it holds the file). "
            + "Exit code 1 when a count differs, 2 when the copy could not be made (no database, database in use, target not empty, server unreachable).");
        command.Options.Add(target);
        command.Options.Add(replace);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var paths = CliServices.ResolvePaths(parse, options, console);
            if (!File.Exists(paths.DatabaseFile))
            {
                console.Error.WriteLine($"error: there is no database at {console.Display(paths.DatabaseFile)}: nothing to copy (pass --data for another data folder)");
                return ExitCodes.NotFound;
            }

            return CliDatabase.Use(console, paths.DatabaseFile, "copy from a backup instead: kb restore it into another data folder and pass that as --data", database =>
            {
                var export = LiteDbExport.Read(database);
                return CliDatabase.UsePostgres(console, parse.GetValue(target)!, services =>
                {
                    services.GetRequiredService<PostgresMigrator>().Migrate();
                    IReadOnlyList<TableCount> counts;
                    try
                    {
                        counts = services.GetRequiredService<PostgresCopy>().Copy(export, parse.GetValue(replace));
                    }
                    catch (TargetNotEmptyException e)
                    {
                        console.Error.WriteLine($"error: {e.Message}");
                        return ExitCodes.NotFound;
                    }

                    var verified = counts.All(c => c.Matches);
                    JsonOutput.Print(console, parse.GetValue(options.Json),
                        () => new { verified, tables = counts.Select(c => new { table = c.Table, source = c.Source, target = c.Target }) },
                        () =>
                        {
                            foreach (var count in counts)
                            {
                                console.Out.WriteLine($"{count.Table,-28} {count.Source,8:N0} → {count.Target,8:N0}{(count.Matches ? "" : "  DIFFERENT")}");
                            }

                            console.Out.WriteLine(verified
                                ? $"Copied {console.Display(paths.DatabaseFile)} into PostgreSQL; every table has the rows it had. The deleted files stay in {console.Display(Path.Combine(paths.DataRoot, "trash"))}."
                                : "The copy is incomplete: the tables marked DIFFERENT do not have the rows they had.");
                        });
                    return verified ? ExitCodes.Ok : ExitCodes.Findings;
                });
            });
        });
        return command;
    }
}
