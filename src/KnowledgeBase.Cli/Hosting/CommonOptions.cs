using System.CommandLine;

namespace KnowledgeBase.Cli.Hosting;

/// <summary>The options every command takes. Each command gets its own instances.</summary>
public sealed class CommonOptions
{
    public Option<string?> Content { get; } = new("--content")
    {
        Description = "Content folder (default: KnowledgeBase__ContentPath, else the repository's content/)",
        HelpName = "DIR",
    };

    public Option<string?> Data { get; } = new("--data")
    {
        Description = "Data folder for the index and database (default: KnowledgeBase__DataPath, else data/; a separate one per --content folder)",
        HelpName = "DIR",
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print machine-readable JSON",
    };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Content);
        command.Options.Add(Data);
        command.Options.Add(Json);
    }
}
