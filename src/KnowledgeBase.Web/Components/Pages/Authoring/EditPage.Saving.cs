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

/// <summary>The editor's Save: writing, failures the lead can act on (disk full), and conflicts with changes on disk.</summary>
public sealed partial class EditPage
{
    private async Task SaveAsync()
    {
        _message = null;
        // The preview waits for a pause in typing; what is saved is read now.
        if (Previewer.Read(_path, _composed).Document is null)
        {
            _message = "This text cannot be read as a document yet; fix the errors below before saving.";
            return;
        }

        if (!await AllowedAsync($"save {_path}", "Not saved"))
        {
            return;
        }

        var author = await AuthorAsync();
        var openedHash = _openedHash;
        var result = Write(() => IsNew
            ? Authoring.Create(_path, _composed, author, _note)
            : Authoring.Save(_path, _composed, _openedHash!, author, _note));
        if (result is null)
        {
            return;
        }

        if (_minor && !IsNew && result.IsSaved && openedHash is not null && result.Hash is not null)
        {
            // Readers who acknowledged the text the lead opened stay current: the new hash stands for the old.
            Onboarding.RecordMinorEdit(DocumentId, openedHash, result.Hash);
        }

        _minor = false;
        await HandleAsync(result, "Saved");
    }

    /// <summary>
    /// Runs a write; when the disk is full or the write fails, nothing was saved: the text stays on
    /// screen (and in the browser's draft) and the lead reads what happened and what to do.
    /// </summary>
    private SaveResult? Write(Func<SaveResult> write)
    {
        _saveError = null;
        try
        {
            return write();
        }
        catch (ContentWriteException ex)
        {
            _saveError = SaveErrorText.For(ex);
            _revealSaveError = true;
            return null;
        }
    }

    private async Task HandleAsync(SaveResult result, string success)
    {
        switch (result.Status)
        {
            case SaveStatus.Saved when IsNew:
                _leaving = true;
                await SavedInBrowserAsync(ContentLayout.IdFromPath(result.RelativePath), result.Hash!);
                Navigation.NavigateTo(DocumentUrls.Edit(ContentLayout.IdFromPath(result.RelativePath)));
                break;
            case SaveStatus.Saved:
                _conflict = null;
                _note = "";
                Open(Authoring.Read(_path) ?? new StoredText(_path, _composed, result.Hash!));
                await SavedInBrowserAsync(DocumentId, _openedHash!);
                _message = success + ". The search index picks the change up within a second.";
                break;
            case SaveStatus.AlreadyExists:
                _message = $"There is already a document at {result.RelativePath}; choose another name.";
                break;
            case SaveStatus.Conflict:
                _conflict = result;
                _revealConflict = true;
                break;
        }
    }

    private async Task KeepTheirsAsync()
    {
        if (_conflict?.Current is { } current)
        {
            _conflict = null;
            await DiscardDraftAsync();
            Open(current);
            _message = "Reloaded the version on disk; your changes were discarded.";
        }
    }

    private async Task OverwriteWithMineAsync()
    {
        if (!await AllowedAsync($"overwrite {_path}", "Not saved"))
        {
            return;
        }

        var author = await AuthorAsync();
        var result = Write(() => _conflict?.Current is { } current
            ? Authoring.Save(_path, _composed, current.Hash, author, _note.Length > 0 ? _note : "Overwrote a concurrent change")
            : Authoring.Create(_path, _composed, author, "Recreated after it was deleted elsewhere"));
        if (result is null)
        {
            return;
        }

        if (IsNew || result.Status != SaveStatus.Saved)
        {
            await HandleAsync(result, "Saved");
            return;
        }

        _conflict = null;
        Open(Authoring.Read(_path)!);
        await SavedInBrowserAsync(DocumentId, _openedHash!);
        _message = "Saved your version over the other change.";
    }

    private async Task CopyMineAsync() => await JS.InvokeVoidAsync("kb.copyText", _composed);
}
