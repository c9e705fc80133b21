using System.Diagnostics;

namespace KnowledgeBase.TestSupport.Postgres;

/// <summary>
/// Runs PostgreSQL's programs. <c>initdb</c> and the server refuse to run as root, so as root they run
/// as the <c>postgres</c> OS user (Debian's package makes it) through <c>runuser</c>.
/// </summary>
internal static class PostgresProcess
{
    public static bool IsRoot => Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";

    /// <summary>Runs <paramref name="program"/> (as <c>postgres</c> when we are root) and returns its output.</summary>
    /// <exception cref="InvalidOperationException">It exited with an error; the message holds its output.</exception>
    public static string Run(string program, IEnumerable<string> arguments, TimeSpan timeout, bool asServerUser = true)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,

            // The postgres user may not enter the test's own folder; the temp folder it can.
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asServerUser && IsRoot)
        {
            start.FileName = "runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Messages in English whatever the machine's locale, so failures read the same everywhere.
        start.Environment["LC_ALL"] = "C";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish within {timeout}.");
        }

        var text = output.GetAwaiter().GetResult() + error.GetAwaiter().GetResult();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{start.FileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{text}");
        }

        return text;
    }
}
