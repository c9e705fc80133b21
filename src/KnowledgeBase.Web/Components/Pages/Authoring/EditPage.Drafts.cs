using KnowledgeBase.Web.Authoring;

namespace KnowledgeBase.Web.Components.Pages.Authoring;

/// <summary>The editor's drafts kept in the browser: offered back after a crash or a lost connection, dropped once saved.</summary>
public sealed partial class EditPage
{
    private Task SavedInBrowserAsync(string key, string hash) =>
        _bodyEditor?.SavedAsync(key, hash, DraftFields.ToJson(S.Draft)) ?? Task.CompletedTask;

    /// <summary>An unsaved draft kept by this browser was found: offered back above the form.</summary>
    private void OnDraftFound(StoredDraft draft) => S.FoundDraft = draft;

    private async Task RestoreDraftAsync()
    {
        var restored = _bodyEditor is null ? null : await _bodyEditor.RestoreAsync();
        var found = S.FoundDraft;
        S.FoundDraft = null;
        if (restored is null)
        {
            return;
        }

        var draft = DraftFields.FromJson(restored.Fields, S.Body.Text) ?? S.Draft;
        draft.Body = S.Body.Text;
        S.Draft = draft;
        if (!S.IsNew && found?.IsStale == true && restored.Hash.Length > 0)
        {
            // Saving must not silently replace the change made on disk since: it is a conflict, shown with both versions.
            S.OpenedHash = restored.Hash;
            S.Message = "Restored your unsaved changes. The file changed since you made them: saving shows both versions so you can choose.";
        }
        else
        {
            S.Message = "Restored your unsaved changes. Save to keep them.";
        }

        Recompose();
    }

    private async Task DiscardDraftAsync()
    {
        S.FoundDraft = null;
        if (_bodyEditor is not null)
        {
            await _bodyEditor.DiscardAsync();
        }
    }
}
