using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Web.Services;

namespace KnowledgeBase.Web.Components.Pages.Authoring;

/// <summary>The editor's Move… and Delete… actions.</summary>
public sealed partial class EditPage
{
    private async Task MoveAsync()
    {
        if (!await AllowedAsync($"move {S.Path}", "Not moved"))
        {
            return;
        }

        SaveResult? result;
        try
        {
            var author = await AuthorAsync();
            result = Write(() => Authoring.Rename(S.Path, S.MoveTo.Trim(), S.OpenedHash!, author));
        }
        catch (InvalidContentPathException ex)
        {
            S.Message = $"Cannot move there: {ex.Reason}.";
            return;
        }

        switch (result?.Status)
        {
            case null:
                break;
            case SaveStatus.Saved:
                S.Moving = false;
                S.Leaving = true;
                Navigation.NavigateTo(DocumentUrls.Edit(ContentLayout.IdFromPath(result.RelativePath)));
                break;
            case SaveStatus.AlreadyExists:
                S.Message = $"There is already a document at {result.RelativePath}; nothing was moved.";
                break;
            default:
                ShowConflict(result);
                break;
        }
    }

    private async Task DeleteAsync()
    {
        if (!await AllowedAsync($"delete {S.Path}", "Not deleted"))
        {
            S.ConfirmDelete = false;
            return;
        }

        var author = await AuthorAsync();
        var result = Write(() => Authoring.Delete(S.Path, S.OpenedHash!, author, S.Note));
        if (result is null)
        {
            return;
        }

        if (result.IsSaved)
        {
            S.Leaving = true;
            await DiscardDraftAsync();
            Navigation.NavigateTo("/trash");
            return;
        }

        S.ConfirmDelete = false;
        ShowConflict(result);
    }
}
