namespace KnowledgeBase.TestSupport.Postgres;

/// <summary>Where this machine's PostgreSQL server programs (<c>initdb</c>, <c>pg_ctl</c>) are.</summary>
internal static class PostgresBinaries
{
    /// <summary>How to get PostgreSQL, for the message when it is missing.</summary>
    public const string InstallHint =
        "The storage tests run against a real PostgreSQL server and none was found: install it " +
        "(Debian: `sudo apt-get install -y postgresql`; .ci/run does this), or set KB_TEST_POSTGRES to the " +
        "connection string of a server where that user may create databases " +
        "(e.g. Host=127.0.0.1;Port=5432;Username=postgres;Password=...).";

    /// <summary>The folder holding <c>initdb</c> and <c>pg_ctl</c>: on PATH, else the newest Debian version's.</summary>
    /// <exception cref="InvalidOperationException">PostgreSQL is not installed.</exception>
    public static string Folder()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(HasServer);

        // Debian keeps the server programs out of PATH, one folder per major version.
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var version) ? version : 0)
                .Select(d => Path.Combine(d, "bin"))
                .Where(HasServer)
            : [];
        return onPath.Concat(debian).FirstOrDefault() ?? throw new InvalidOperationException(InstallHint);
    }

    private static bool HasServer(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl"));
}
