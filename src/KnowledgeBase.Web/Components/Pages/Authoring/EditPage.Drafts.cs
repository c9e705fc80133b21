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

/// <summary>The editor's drafts kept in the browser: offered back after a crash or a lost connection, dropped once saved.</summary>
public sealed partial class EditPage
{
    private Task SavedInBrowserAsync(string key, string hash) =>
        _bodyEditor?.SavedAsync(key, hash, DraftFields.ToJson(_draft)) ?? Task.CompletedTask;

    /// <summary>An unsaved draft kept by this browser was found: offered back above the form.</summary>
    private void OnDraftFound(StoredDraft draft) => _foundDraft = draft;

    private async Task RestoreDraftAsync()
    {
        var restored = _bodyEditor is null ? null : await _bodyEditor.RestoreAsync();
        var found = _foundDraft;
        _foundDraft = null;
        if (restored is null)
        {
            return;
        }

        var draft = DraftFields.FromJson(restored.Fields, _body.Text) ?? _draft;
        draft.Body = _body.Text;
        _draft = draft;
        if (!IsNew && found?.IsStale == true && restored.Hash.Length > 0)
        {
            // Saving must not silently replace the change made on disk since: it is a conflict, shown with both versions.
            _openedHash = restored.Hash;
            _message = "Restored your unsaved changes. The file changed since you made them: saving shows both versions so you can choose.";
        }
        else
        {
            _message = "Restored your unsaved changes. Save to keep them.";
        }

        Recompose();
    }

    private async Task DiscardDraftAsync()
    {
        _foundDraft = null;
        if (_bodyEditor is not null)
        {
            await _bodyEditor.DiscardAsync();
        }
    }
}
