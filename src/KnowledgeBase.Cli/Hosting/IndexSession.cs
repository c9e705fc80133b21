using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace KnowledgeBase.Cli.Hosting;

/// <summary>Loads the content folder and brings its index up to date, with a progress bar on a terminal.</summary>
public static class IndexSession
{
    public static (ContentLibrary Library, SearchIndex Index, SyncResult Sync) Open(ServiceProvider services, KnowledgeBasePaths paths, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(console);
        var library = services.GetRequiredService<ContentLibrary>();
        var index = services.GetRequiredService<SearchIndex>();
        if (!console.IsTerminal)
        {
            library.Load();
            return (library, index, index.Synchronize(library.Current));
        }

        SyncResult? sync = null;
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) })
            .Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var reading = context.AddTask("Reading content");
                library.Load(new Progress<(int Done, int Total)>(p => Update(reading, p)));
                reading.Value = reading.MaxValue;
                var indexing = context.AddTask("Indexing");
                sync = index.Synchronize(library.Current, new Progress<(int Done, int Total)>(p => Update(indexing, p)));
                indexing.Value = indexing.MaxValue;
            });
        return (library, index, sync!);
    }

    private static void Update(ProgressTask task, (int Done, int Total) progress)
    {
        task.MaxValue = Math.Max(1, progress.Total);
        task.Value = progress.Done;
    }
}
