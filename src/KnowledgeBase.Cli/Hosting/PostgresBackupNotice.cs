using KnowledgeBase.Storage;
using Microsoft.Extensions.Configuration;

namespace KnowledgeBase.Cli.Hosting;

/// <summary>
/// <c>kb backup</c> and <c>kb restore</c> copy the LiteDB file; with PostgreSQL they say what to use
/// instead rather than copying a file the app does not use.
/// </summary>
internal static class PostgresBackupNotice
{
    /// <summary>True (and the notice printed) when the configured provider is PostgreSQL.</summary>
    public static bool Printed(CliConsole console, string command)
    {
        var settings = console.Configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            return false;
        }

        console.Error.WriteLine($"error: the database is PostgreSQL (KnowledgeBase__Database__Provider=Postgres); kb {command} handles the LiteDB file only. "
            + "Back PostgreSQL up with its own tools (pg_dump -Fc DATABASE > kb.dump; restore with pg_restore), "
            + "and DATA/trash/ with your file backups: see the README's PostgreSQL section.");
        return true;
    }
}
