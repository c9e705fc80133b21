using System.CommandLine;
using KnowledgeBase.Cli.Commands;
using KnowledgeBase.Cli.Hosting;

namespace KnowledgeBase.Cli;

/// <summary>The <c>kb</c> command tree. <see cref="Run"/> is the whole program, callable from tests.</summary>
public static class KbCommandLine
{
    public static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand("kb — the KnowledgeBase command line: check, show, index and search SOP articles and reply templates, render replies, suggest them for a customer's message, lint them against the phrasebook, import a help desk's macros and canned responses, manage the web app's accounts and REST API access tokens, back up and restore its data, and apply PostgreSQL migrations or copy an installation into PostgreSQL.")
        {
            ValidateCommand.Create(console),
            ShowCommand.Create(console),
            IndexCommand.Create(console),
            SearchCommand.Create(console),
            SuggestCommand.Create(console),
            RenderCommand.Create(console),
            LintCommand.Create(console),
            ImportCommand.Create(console),
            UsersCommand.Create(console),
            TokensCommand.Create(console),
            BackupCommand.Create(console),
            RestoreCommand.Create(console),
            DbCommand.Create(console),
        };
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        var parse = Build(console).Parse(args);
        var exit = parse.Invoke(configuration);

        // kb lint exits with 1 when it finds phrases, so a command line it could not parse must not look like that.
        return parse.Errors.Count > 0 && parse.CommandResult.Command.Name == LintCommand.Name ? ExitCodes.Usage : exit;
    }
}
