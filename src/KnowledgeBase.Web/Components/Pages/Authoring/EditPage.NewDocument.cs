using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using Microsoft.AspNetCore.Components;

namespace KnowledgeBase.Web.Components.Pages.Authoring;

/// <summary>Where a new document goes (<c>/new</c>): kind, language, folder and a file name from the title.</summary>
public sealed partial class EditPage
{
    private void UpdateNewPath()
    {
        var kindFolder = _draft.Kind == DocumentKind.Template ? ContentLayout.TemplatesFolder : ContentLayout.ArticlesFolder;
        var slug = Slug(string.IsNullOrWhiteSpace(_newSlug) ? _draft.Title : _newSlug);
        var folder = string.Join('/', _newFolder.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        _path = string.Join('/', new[] { kindFolder, _newLanguage, folder, slug.Length == 0 ? "" : slug + ".md" }.Where(s => s.Length > 0));
        Refresh();
    }

    private void OnNewKindChanged(ChangeEventArgs e)
    {
        _draft.Kind = Enum.Parse<DocumentKind>(e.Value?.ToString() ?? nameof(DocumentKind.Article));
        UpdateNewPath();
    }

    private static string Slug(string text)
    {
        var chars = text.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
