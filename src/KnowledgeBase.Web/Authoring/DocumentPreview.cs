using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Web.Authoring;

/// <summary>
/// Reads unsaved text exactly as the loader would read the saved file, and runs the same rule set
/// as <c>kb validate</c> over the current library with this document substituted, so the lead
/// sees the findings (a broken related id, a duplicate shortcut) before saving.
/// </summary>
public sealed class DocumentPreview(DocumentParser parser, ContentLibrary library, ContentValidator validator)
{
    /// <summary>Only parses: the document and the findings of reading it (cheap enough for every keystroke).</summary>
    public PreviewResult Read(string relativePath, string text) => Run(relativePath, text, validate: false);

    /// <summary>Parses and runs every rule over the library with this document substituted.</summary>
    public PreviewResult Preview(string relativePath, string text) => Run(relativePath, text, validate: true);

    private PreviewResult Run(string relativePath, string text, bool validate)
    {
        ArgumentNullException.ThrowIfNull(text);
        string path;
        try
        {
            path = AuthoringPaths.Resolve(library.Root, relativePath).RelativePath;
        }
        catch (InvalidContentPathException ex)
        {
            return new PreviewResult(null, [Finding.Error(relativePath ?? "", 1, "path", ex.Reason)]);
        }

        var location = ContentLayout.Locate(path, conventional: true, out var misplaced);
        if (location is null)
        {
            return new PreviewResult(null, misplaced is null ? [] : [misplaced]);
        }

        var parsed = parser.Parse(location, text);
        if (!validate)
        {
            return new PreviewResult(parsed.Document, parsed.Findings);
        }

        var substituted = library.Current.WithFile(path, parsed.Document, parsed.Findings);
        var findings = validator.Validate(substituted).Findings.Where(f => f.Path == path).ToList();
        return new PreviewResult(parsed.Document, findings);
    }
}
