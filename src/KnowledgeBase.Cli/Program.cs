using KnowledgeBase.Cli;
using KnowledgeBase.Cli.Hosting;

return KbCommandLine.Run(args, CliConsole.System());
