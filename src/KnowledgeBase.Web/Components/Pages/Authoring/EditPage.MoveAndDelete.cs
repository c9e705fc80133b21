using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Application.Authoring;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Components.Authoring;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace KnowledgeBase.Web.Components.Pages.Authoring;

/// <summary>The editor's Move… and Delete… actions.</summary>
public sealed partial class EditPage
{
    private void StartMove()
    {
        _moveTo = _path;
        _moving = true;
    }

    private async Task MoveAsync()
    {
        if (!await AllowedAsync($"move {_path}", "Not moved"))
        {
            return;
        }

        SaveResult? result;
        try
        {
            var author = await AuthorAsync();
            result = Write(() => Authoring.Rename(_path, _moveTo.Trim(), _openedHash!, author));
        }
        catch (InvalidContentPathException ex)
        {
            _message = $"Cannot move there: {ex.Reason}.";
            return;
        }

        switch (result?.Status)
        {
            case null:
                break;
            case SaveStatus.Saved:
                _moving = false;
                _leaving = true;
                Navigation.NavigateTo(DocumentUrls.Edit(ContentLayout.IdFromPath(result.RelativePath)));
                break;
            case SaveStatus.AlreadyExists:
                _message = $"There is already a document at {result.RelativePath}; nothing was moved.";
                break;
            default:
                _conflict = result;
                break;
        }
    }

    private async Task DeleteAsync()
    {
        if (!await AllowedAsync($"delete {_path}", "Not deleted"))
        {
            _confirmDelete = false;
            return;
        }

        var author = await AuthorAsync();
        var result = Write(() => Authoring.Delete(_path, _openedHash!, author, _note));
        if (result is null)
        {
            return;
        }

        if (result.IsSaved)
        {
            _leaving = true;
            await DiscardDraftAsync();
            Navigation.NavigateTo("/trash");
            return;
        }

        _confirmDelete = false;
        _conflict = result;
    }
}
