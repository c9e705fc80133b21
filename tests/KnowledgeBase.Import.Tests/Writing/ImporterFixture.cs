using KnowledgeBase.Content;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Import.HelpDesks;
using KnowledgeBase.Import.Reporting;
using KnowledgeBase.Import.Writing;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Import.Tests.Writing;

/// <summary>A temporary content folder with the real content and import services over it.</summary>
internal sealed class ImporterFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public ImporterFixture()
    {
        Folder = new TempContentFolder();
        Directory.CreateDirectory(Path.Combine(Folder.Root, "templates", "en"));
        var services = new ServiceCollection();
        services.AddKnowledgeBaseContent(new KnowledgeBasePaths(Folder.Root, Path.Combine(Folder.Root, "..", Path.GetFileName(Folder.Root) + "-data")));
        services.AddKnowledgeBaseImport();
        _services = services.BuildServiceProvider();
    }

    public TempContentFolder Folder { get; }

    public ImportReport Import(HelpDesk helpDesk, string exportPath, ImportRequest? request = null)
    {
        var export = _services.GetRequiredService<ExportReader>().ReadFile(helpDesk, exportPath);
        return _services.GetRequiredService<HelpDeskImporter>().Import(request ?? new ImportRequest(helpDesk), export);
    }

    public ImportReport Import(HelpDesk helpDesk, HelpDeskExport export, ImportRequest? request = null) =>
        _services.GetRequiredService<HelpDeskImporter>().Import(request ?? new ImportRequest(helpDesk), export);

    /// <summary>Every file under the content folder, relative, with its text.</summary>
    public Dictionary<string, string> Files() =>
        Directory.EnumerateFiles(Folder.Root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Folder.Root, f).Replace('\\', '/'), File.ReadAllText);

    public void Dispose()
    {
        _services.Dispose();
        Folder.Dispose();
    }
}
