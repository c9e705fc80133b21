using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Authoring.Merging;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Translations;
using KnowledgeBase.Application.Authoring;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Authoring.Editing;
using KnowledgeBase.Web.Services;
using Microsoft.JSInterop;

namespace KnowledgeBase.Web.Components.Pages.Authoring;

/// <summary>
/// The editor's Save: writing, failures the lead can act on (disk full), and changes on disk since
/// the file was opened: merged when they touch other lines, otherwise shown with who and when.
/// </summary>
public sealed partial class EditPage
{
    private async Task SaveAsync()
    {
        S.Message = null;
        if (_bodyEditor is { } editor && !await editor.WhenAttachedAsync())
        {
            S.Message = "Not saved yet: the editor is still connecting to this browser (a slow link). What you typed is kept here; press Save again in a moment.";
            return;
        }

        // The preview waits for a pause in typing; what is saved is read now.
        var document = Previewer.Read(S.Path, S.Composed).Document;
        if (document is null)
        {
            S.Message = "This text cannot be read as a document yet; fix the errors below before saving.";
            return;
        }

        if (!await AllowedAsync($"save {S.Path}", "Not saved"))
        {
            return;
        }

        var author = await AuthorAsync();
        var openedHash = S.OpenedHash;
        var text = ReviewedAgainstSource(document, S.Composed);
        var result = Write(() => S.IsNew
            ? Authoring.Create(S.Path, text, author, S.Note)
            : Authoring.Save(S.Path, text, S.OpenedHash!, author, S.Note));
        if (result is null)
        {
            return;
        }

        var success = "Saved";
        if (result.Status == SaveStatus.Conflict && !S.IsNew && result.Current is { } current && TextMerge.Merge(S.OriginalText, S.Composed, current.Text) is { IsClean: true } merge)
        {
            // Someone changed other lines meanwhile: keep both, as git would.
            var merged = merge.Text();
            var origin = Authoring.OriginOf(current);
            if (Previewer.Read(S.Path, merged).Document is not null)
            {
                result = Write(() => Authoring.Save(S.Path, merged, current.Hash, author, S.Note.Length > 0 ? S.Note : "Merged with a concurrent change"));
                if (result is null)
                {
                    return;
                }

                success = $"Saved, {ConflictText.MergedWith(origin)}";
                openedHash = null;
            }
        }

        if (S.Minor && !S.IsNew && result.IsSaved && openedHash is not null && result.Hash is not null)
        {
            // Readers who acknowledged the text the lead opened stay current: the new hash stands for the old.
            Onboarding.RecordMinorEdit(S.DocumentId, openedHash, result.Hash);
        }

        S.Minor = false;
        await HandleAsync(result, success);
    }

    /// <summary>
    /// Runs a write; when the disk is full or the write fails, nothing was saved: the text stays on
    /// screen (and in the browser's draft) and the lead reads what happened and what to do.
    /// </summary>
    private SaveResult? Write(Func<SaveResult> write)
    {
        S.SaveError = null;
        try
        {
            return write();
        }
        catch (ContentWriteException ex)
        {
            S.SaveError = SaveErrorText.For(ex);
            _revealSaveError = true;
            return null;
        }
    }

    private async Task HandleAsync(SaveResult result, string success)
    {
        switch (result.Status)
        {
            case SaveStatus.Saved when S.IsNew:
                S.Leaving = true;
                await SavedInBrowserAsync(ContentLayout.IdFromPath(result.RelativePath), result.Hash!);
                Navigation.NavigateTo(DocumentUrls.Edit(ContentLayout.IdFromPath(result.RelativePath)));
                break;
            case SaveStatus.Saved:
                await ReopenAfterSaveAsync(result, success + ". The search index picks the change up within a second.");
                break;
            case SaveStatus.AlreadyExists:
                S.Message = $"There is already a document at {result.RelativePath}; choose another name.";
                break;
            case SaveStatus.Conflict:
                ShowConflict(result);
                break;
        }
    }

    private async Task ReopenAfterSaveAsync(SaveResult result, string message)
    {
        S.Conflict = null;
        S.Note = "";
        Open(Authoring.Read(S.Path) ?? new StoredText(S.Path, S.Composed, result.Hash!));
        await SavedInBrowserAsync(S.DocumentId, S.OpenedHash!);
        S.Message = message + GitText(result);
    }

    /// <summary>Shows what is on disk now, who made it and when, and where both changed the same lines.</summary>
    private void ShowConflict(SaveResult result)
    {
        S.Conflict = result.Current is { } current
            ? new EditConflict(result, TextMerge.Merge(S.OriginalText, S.Composed, current.Text), Authoring.OriginOf(current))
            : new EditConflict(result, null, null);
        _revealConflict = true;
    }

    private async Task KeepTheirsAsync()
    {
        if (S.Conflict?.Current is { } current)
        {
            S.Conflict = null;
            await DiscardDraftAsync();
            Open(current);
            S.Message = "Reloaded the version on disk; your changes were discarded.";
        }
    }

    /// <summary>Saves the merge with the lead's lines where both changed (their changes elsewhere kept), or recreates a deleted file.</summary>
    private Task OverwriteWithMineAsync() =>
        ResolveAsync(mine: true, "Saved your version where you both changed the same lines; their other changes are kept.");

    /// <summary>Saves the merge with their lines where both changed (the lead's changes elsewhere kept).</summary>
    private Task UseTheirsWhereConflictingAsync() =>
        ResolveAsync(mine: false, "Saved the merge with their version where you both changed the same lines.");

    private async Task ResolveAsync(bool mine, string success)
    {
        if (S.Conflict is not { } conflict || !await AllowedAsync($"overwrite {S.Path}", "Not saved"))
        {
            return;
        }

        var text = mine ? conflict.MineWhereConflicting(S.Composed) : conflict.TheirsWhereConflicting(S.Composed);
        if (Previewer.Read(S.Path, text).Document is null)
        {
            S.Message = "The merged text cannot be read as a document (the front matter lines clash). Copy yours, choose Keep theirs, and edit again.";
            return;
        }

        var author = await AuthorAsync();
        var result = Write(() => conflict.Current is { } current
            ? Authoring.Save(S.Path, text, current.Hash, author, S.Note.Length > 0 ? S.Note : "Overwrote a concurrent change")
            : Authoring.Create(S.Path, text, author, "Recreated after it was deleted elsewhere"));
        if (result is null)
        {
            return;
        }

        if (S.IsNew || result.Status != SaveStatus.Saved)
        {
            await HandleAsync(result, "Saved");
            return;
        }

        await ReopenAfterSaveAsync(result, success);
    }

    /// <summary>A translation saved by a lead counts as reviewed against its source's text as it is now (<c>source_hash</c>).</summary>
    private string ReviewedAgainstSource(ContentDocument document, string text) =>
        document is Article { TranslationKey: not null } article
            && StaleSiblings.SourceHashFor(Library.Current, article) is { } hash
            && SiblingHash.Recorded(article, SiblingHash.SourceHashKey) != hash
            ? FrontMatterEditor.SetScalar(text, SiblingHash.SourceHashKey, hash)
            : text;

    private async Task CopyMineAsync() => await JS.InvokeVoidAsync("kb.copyText", S.Composed);

    private static string GitText(SaveResult result) => result.Git switch
    {
        { IsCommitted: true } git => $" Committed to git as {git.ShortSha}.",
        { Problem: { } problem } => $" Not committed to git: {problem}.",
        _ => "",
    };
}
