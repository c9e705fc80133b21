using System.CommandLine;
using KnowledgeBase.Cli.Hosting;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb index</c>: brings the search index up to date with the content folder.</summary>
public static class IndexCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var command = new Command("index", "Build or update the search index of a content folder; prints document and section counts and the time taken.");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            if (CliServices.ExistingContent(parse, options, console) is not { } paths)
            {
                return ExitCodes.NotFound;
            }

            using var services = CliServices.Build(paths, console);
            var (library, index, sync) = IndexSession.Open(services, paths, console);
            var documents = library.Current.Documents.Count;
            var skipped = library.Current.Findings.Count(f => f.Code is "yaml" or "file" or "internal" or "language-folder");
            if (parse.GetValue(options.Json))
            {
                JsonOutput.Write(console.Out, new
                {
                    content = paths.ContentRoot,
                    index = paths.IndexDirectory,
                    documents,
                    sections = sync.Sections,
                    added = sync.Added,
                    updated = sync.Updated,
                    removed = sync.Removed,
                    unchanged = sync.Unchanged,
                    skipped,
                    rebuilt = sync.Rebuilt,
                    readOnly = index.IsReadOnly,
                    tookMs = Math.Round(sync.Took.TotalMilliseconds, 1),
                });
            }
            else if (index.IsReadOnly)
            {
                console.Error.WriteLine($"The index at {console.Display(paths.IndexDirectory)} is in use by another process (the running app keeps it up to date).");
                return ExitCodes.NotFound;
            }
            else
            {
                console.Out.WriteLine(
                    $"Indexed {documents} documents ({sync.Sections} sections) in {sync.Took.TotalSeconds:0.00} s: " +
                    $"{sync.Added} added, {sync.Updated} updated, {sync.Removed} removed, {sync.Unchanged} unchanged" +
                    (skipped > 0 ? $"; {skipped} unreadable files skipped (run kb validate)" : string.Empty));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
