using KnowledgeBase.Cli;
using KnowledgeBase.Cli.Hosting;
using Microsoft.Extensions.Configuration;

namespace KnowledgeBase.Cli.Tests;

/// <summary>Runs <c>kb</c> in-process with captured output and chosen settings.</summary>
internal static class KbRunner
{
    public static KbResult Run(string workingDirectory, IDictionary<string, string?>? settings, params string[] args) =>
        RunWithInput(string.Empty, workingDirectory, settings, TimeProvider.System, args);

    /// <summary>Runs with a chosen clock, for output that depends on today's date.</summary>
    public static KbResult Run(string workingDirectory, IDictionary<string, string?>? settings, TimeProvider time, params string[] args) =>
        RunWithInput(string.Empty, workingDirectory, settings, time, args);

    /// <summary>Runs with <paramref name="input"/> as standard input.</summary>
    public static KbResult RunWithInput(string input, string workingDirectory, IDictionary<string, string?>? settings, params string[] args) =>
        RunWithInput(input, workingDirectory, settings, TimeProvider.System, args);

    private static KbResult RunWithInput(string input, string workingDirectory, IDictionary<string, string?>? settings, TimeProvider time, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var console = new CliConsole(output, error, workingDirectory, configuration, IsTerminal: false)
        {
            In = new StringReader(input),
            Time = time,
        };
        var exit = KbCommandLine.Run(args, console);
        return new KbResult(exit, output.ToString(), error.ToString());
    }

    public static KbResult Run(params string[] args) => Run(TestSupport.RepositoryPaths.Root, null, args);
}

internal sealed record KbResult(int ExitCode, string Output, string Error);
