namespace KnowledgeBase.Cli.Hosting;

/// <summary>Clear messages for the ways a command can be asked the impossible.</summary>
public static class CliErrors
{
    public static int ContentNotFound(CliConsole console, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Error.WriteLine($"error: content folder not found: {console.Display(contentRoot)} (pass --content DIR or set KnowledgeBase__ContentPath)");
        return ExitCodes.NotFound;
    }
}
