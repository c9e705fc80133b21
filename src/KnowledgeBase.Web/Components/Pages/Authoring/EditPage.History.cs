using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Revisions;

namespace KnowledgeBase.Web.Components.Pages.Authoring;

/// <summary>The editor's History panel (diffs, restoring a revision) and the check every change makes first.</summary>
public sealed partial class EditPage
{
    private void ShowDiffWithCurrent(Revision revision)
    {
        _diff = Authoring.DiffWithCurrent(revision.Id);
        _diffTitle = $"Revision #{revision.Id} → the file now";
    }

    private void ShowDiffWithPrevious(Revision revision, Revision previous)
    {
        _diff = Authoring.Revisions.Diff(previous.Id, revision.Id);
        _diffTitle = $"Revision #{previous.Id} → #{revision.Id}";
    }

    private void Compare()
    {
        if (_compareFrom is { } from && _compareTo is { } to)
        {
            _diff = Authoring.Revisions.Diff(from, to);
            _diffTitle = $"Revision #{from} → #{to}";
        }
    }

    private async Task RestoreAsync(Revision revision)
    {
        if (!await AllowedAsync($"restore revision #{revision.Id} of {_path}", "Not restored"))
        {
            return;
        }

        var result = Authoring.RestoreRevision(revision.Id, _openedHash, await AuthorAsync());
        if (result.Status == SaveStatus.Conflict)
        {
            _message = "The file changed since you opened it. Reload it (Keep theirs) before restoring a revision.";
            _conflict = result;
            return;
        }

        Handle(result, $"Restored revision #{revision.Id}");
    }

    /// <summary>
    /// Asks, before anything is written, whether the signed-in user is still an enabled lead with a
    /// live session: the page's policy was checked when it opened, and the tab may have outlived that.
    /// A refusal leaves the draft on screen and says so.
    /// </summary>
    private async Task<bool> AllowedAsync(string action, string refusedAs)
    {
        var access = await Access.CheckAsync(UserRole.Lead, action);
        _refused = access.IsAllowed ? null : $"{refusedAs}: {access.Refusal} Your text is still here: copy it before you leave this page.";
        return access.IsAllowed;
    }

    private static string Describe(RevisionAction action) => action switch
    {
        RevisionAction.Created => "created",
        RevisionAction.Saved => "saved",
        RevisionAction.Reviewed => "marked reviewed",
        RevisionAction.Deleted => "moved to trash",
        RevisionAction.RestoredFromTrash => "restored from trash",
        RevisionAction.RestoredRevision => "restored an older revision",
        RevisionAction.Renamed => "moved it here",
        _ => action.ToString(),
    };
}
