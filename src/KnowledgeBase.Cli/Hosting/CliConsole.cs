using Microsoft.Extensions.Configuration;

namespace KnowledgeBase.Cli.Hosting;

/// <summary>Where a command reads its settings from and writes to; tests pass their own.</summary>
/// <param name="IsTerminal">True when output goes to a person, so progress bars make sense.</param>
public sealed record CliConsole(TextWriter Out, TextWriter Error, string WorkingDirectory, IConfiguration Configuration, bool IsTerminal)
{
    /// <summary>Standard input, for commands that read "-"; empty unless set.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>The clock commands read "today" from; tests set a fixed one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The process's console, working directory and environment variables.</summary>
    public static CliConsole System()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        return new CliConsole(Console.Out, Console.Error, Directory.GetCurrentDirectory(), configuration,
            !Console.IsOutputRedirected && !Console.IsErrorRedirected)
        {
            In = Console.In,
        };
    }

    /// <summary>A path as the user should see it: relative to the working directory when inside it.</summary>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(WorkingDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative.Replace('\\', '/');
    }
}
