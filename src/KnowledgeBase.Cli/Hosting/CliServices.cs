using System.CommandLine;
using KnowledgeBase.Content;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Limits;
using KnowledgeBase.Import;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeBase.Cli.Hosting;

/// <summary>Composes the services a command needs, for the folders its options and settings name.</summary>
public static class CliServices
{
    public static KnowledgeBasePaths ResolvePaths(ParseResult parse, CommonOptions options, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(console);
        var settings = console.Configuration.GetSection(KnowledgeBaseOptions.SectionName).Get<KnowledgeBaseOptions>() ?? new KnowledgeBaseOptions();
        var content = parse.GetValue(options.Content) ?? settings.ContentPath;
        var data = parse.GetValue(options.Data) ?? (parse.GetValue(options.Content) is null ? settings.DataPath : null);
        return KnowledgeBasePaths.Resolve(content, data, console.WorkingDirectory);
    }

    /// <summary>
    /// The folders the options name, when the content folder exists; otherwise says so (naming the
    /// folder and how to pass another) and returns null, and the command exits with <see cref="ExitCodes.NotFound"/>.
    /// </summary>
    public static KnowledgeBasePaths? ExistingContent(ParseResult parse, CommonOptions options, CliConsole console)
    {
        var paths = ResolvePaths(parse, options, console);
        if (Directory.Exists(paths.ContentRoot))
        {
            return paths;
        }

        CliErrors.ContentNotFound(console, paths.ContentRoot);
        return null;
    }

    public static ServiceProvider Build(KnowledgeBasePaths paths, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var services = new ServiceCollection();
        services.AddLogging(logging => logging
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(o => o.SingleLine = true)
            .AddFilter(level => level >= LogLevel.Warning)
            .AddConfiguration(console.Configuration.GetSection("Logging")));
        services.AddSingleton(console.Time);
        services.AddKnowledgeBaseContent(paths);
        services.Configure<ContentLimitsOptions>(console.Configuration.GetSection(ContentLimitsOptions.SectionName));
        services.AddKnowledgeBaseTemplates();
        services.AddKnowledgeBaseImport();
        services.Configure<ImportOptions>(console.Configuration.GetSection(ImportOptions.SectionName));
        services.AddKnowledgeBaseSearch(new SearchIndexOptions { WatchContent = false });
        return services.BuildServiceProvider();
    }
}
