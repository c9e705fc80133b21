using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Import.HelpDesks;
using KnowledgeBase.Import.Reporting;

namespace KnowledgeBase.Import.Writing;

/// <summary>
/// Imports a help desk's export as reply templates and reports on every item. Files are written
/// through <see cref="ContentWriter"/>, the editor's writer: atomically (a temporary file renamed
/// over the target), only under <c>templates/&lt;lang&gt;/</c> inside the content folder, never through
/// a symbolic link, never over a file another import or a person made. A template imported before
/// (found by its <c>source:</c>) is updated in place; one a lead changed since is left alone unless
/// <see cref="ImportRequest.Overwrite"/>. One item's failure is reported and the rest still import.
/// </summary>
public sealed class HelpDeskImporter(ContentLoader loader, ContentWriter writer, KnowledgeBasePaths paths, ItemConverter converter, IContentWrites? writes = null)
{
    // Several nodes: imported templates reach every node, like the editor's saves. Without one given, the writer alone.
    private IContentWrites Writes => writes ??= new LocalContentWrites(writer);

    /// <exception cref="ImportRequestException">An unknown language, or a folder outside the templates.</exception>
    public ImportReport Import(ImportRequest request, HelpDeskExport export)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(export);
        var language = request.Language.Trim().ToLowerInvariant();
        if (!Languages.IsSupported(language))
        {
            throw new ImportRequestException($"'{request.Language}' is not a language folder templates can live in; use one of {string.Join(", ", Languages.Supported.Order(StringComparer.Ordinal))}");
        }

        var folder = CheckFolder(request.Folder ?? HelpDeskNames.Of(request.HelpDesk), language);
        var existing = new ExistingTemplates(Templates(language), language);
        var results = new List<ImportItemResult>();
        foreach (var item in export.Items)
        {
            try
            {
                results.Add(ImportOne(item, request, language, folder, existing));
            }
            catch (Exception ex) when (ex is ContentWriteException or InvalidContentPathException or IOException or UnauthorizedAccessException)
            {
                results.Add(new ImportItemResult(item.Source, item.Title, ImportOutcome.Skipped, null, ex.Message, []));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // An export is hostile input: whatever one item trips over costs that item, never the import.
                results.Add(new ImportItemResult(item.Source, item.Title, ImportOutcome.Skipped, null, $"it could not be converted: {ex.Message}", []));
            }
        }

        results.AddRange(export.Problems.Select(p => new ImportItemResult(
            p.Source, p.Title ?? $"entry {p.Position + 1}", ImportOutcome.Skipped, null, p.Reason, [])));
        return new ImportReport(request.HelpDesk, language, folder, request.DryRun, results);
    }

    private ImportItemResult ImportOne(HelpDeskItem item, ImportRequest request, string language, string folder, ExistingTemplates existing)
    {
        var earlier = existing.BySource(item.Source);
        var conversion = converter.Convert(item);
        if (conversion.Template is not { } template)
        {
            return new ImportItemResult(item.Source, item.Title, ImportOutcome.Skipped, earlier?.RelativePath, conversion.Reason, conversion.Notes);
        }

        var path = earlier?.RelativePath ?? ImportPaths.For(item, language, folder);
        var notes = conversion.Notes.ToList();
        if (template.Shortcut is { } wanted)
        {
            var (shortcut, takenBy) = existing.Claim(wanted, item.Source);
            if (takenBy is not null)
            {
                var note = $"The shortcut /{wanted} is taken by {takenBy}, so this template has /{shortcut}.";
                notes.Add(note);
                template = template with { Shortcut = shortcut, SourceNotes = [.. template.SourceNotes, note] };
            }
        }

        var text = TemplateText.Compose(template);
        var current = writer.Read(path);
        if (earlier is null || current is null)
        {
            if (current is not null)
            {
                return Skip(item, path, $"{path} already exists and did not come from this import; move it, or import into another --folder", notes);
            }

            return request.DryRun ? Done(item, ImportOutcome.Written, path, notes) : Create(item, path, text, notes);
        }

        if (Same(current.Text, text))
        {
            return Done(item, ImportOutcome.Unchanged, path, notes);
        }

        if (!request.Overwrite && !TemplateText.IsAsImported(current.Text))
        {
            return Skip(item, path, "it was changed in the knowledge base since it was imported; pass --overwrite to replace those changes", notes);
        }

        if (request.DryRun)
        {
            return Done(item, ImportOutcome.Updated, path, notes);
        }

        var saved = Writes.Save(path, text, current.Hash);
        return saved.IsSaved
            ? Done(item, ImportOutcome.Updated, path, notes)
            : Skip(item, path, "the file changed on disk while it was being imported; import again", notes);
    }

    private ImportItemResult Create(HelpDeskItem item, string path, string text, List<string> notes)
    {
        var saved = Writes.Create(path, text);
        return saved.IsSaved
            ? Done(item, ImportOutcome.Written, path, notes)
            : Skip(item, path, $"{path} already exists and did not come from this import", notes);
    }

    /// <summary>The language's templates only: an import needs their sources and shortcuts, not the articles.</summary>
    private IEnumerable<ReplyTemplate> Templates(string language)
    {
        var prefix = $"{ContentLayout.TemplatesFolder}/{language}/";
        return ContentLoader.EnumerateMarkdown(paths.ContentRoot)
            .Where(path => path.StartsWith(prefix, StringComparison.Ordinal))
            .Select(path => loader.LoadFile(paths.ContentRoot, path).Document)
            .OfType<ReplyTemplate>();
    }

    /// <summary>The folder, checked the way the editor checks paths: inside <c>templates/&lt;lang&gt;/</c>, no '..', no hidden or linked folders.</summary>
    private string CheckFolder(string folder, string language)
    {
        var normalized = ImportPaths.NormalizeFolder(folder);
        try
        {
            AuthoringPaths.Resolve(paths.ContentRoot, normalized.Length == 0 ? $"templates/{language}/probe.md" : $"templates/{language}/{normalized}/probe.md");
        }
        catch (InvalidContentPathException ex)
        {
            throw new ImportRequestException($"--folder '{folder}' cannot hold templates: {ex.Reason}");
        }

        return normalized;
    }

    private static bool Same(string stored, string composed) =>
        string.Equals(stored.TrimStart('\uFEFF').ReplaceLineEndings("\n"), composed, StringComparison.Ordinal);

    private static ImportItemResult Done(HelpDeskItem item, ImportOutcome outcome, string path, IReadOnlyList<string> notes) =>
        new(item.Source, item.Title, outcome, path, null, notes);

    private static ImportItemResult Skip(HelpDeskItem item, string path, string reason, IReadOnlyList<string> notes) =>
        new(item.Source, item.Title, ImportOutcome.Skipped, path, reason, notes);
}
