using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Authoring.Git;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Application.Authoring;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Authoring.Editing;
using KnowledgeBase.Web.Components.Authoring;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using KnowledgeBase.Application.Onboarding;

namespace KnowledgeBase.Web.Components.Pages.Authoring;

/// <summary>
/// The editor for one article or template (<c>/edit/{id}</c>) or a new one (<c>/new</c>). Its state
/// is one <see cref="EditSession"/>; its parts (notices, conflict, form, actions, preview, history)
/// are components that show that state. This class opens documents and follows typing; the partial
/// files hold saving and merging, drafts, moving and deleting, and the permission check.
/// </summary>
public sealed partial class EditPage : IDisposable
{
    private readonly EditSession _session = new();
    private MarkdownBodyEditor? _bodyEditor;
    private EditorPreviewRunner? _previewRunner;
    private bool _wasDirty;
    private bool _revealConflict;
    private bool _revealSaveError;

    /// <summary>The document id from <c>/edit/{id}</c>; null on <c>/new</c>.</summary>
    [Parameter]
    public string? Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private AuthoringService Authoring { get; set; } = null!;

    [Inject]
    private ContentGit Git { get; set; } = null!;

    [Inject]
    private IUserStore Users { get; set; } = null!;

    [Inject]
    private OnboardingService Onboarding { get; set; } = null!;

    [Inject]
    private DocumentPreview Previewer { get; set; } = null!;

    [Inject]
    private DocumentHtml Html { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private IContentUpdates Updates { get; set; } = null!;

    [Inject]
    private ContentLibrary Library { get; set; } = null!;

    [Inject]
    private IOptions<AuthoringUiOptions> Options { get; set; } = null!;

    /// <summary>The session, short for the markup.</summary>
    private EditSession S => _session;

    private EditorPreview Preview => _previewRunner?.Current ?? EditorPreview.Empty;

    protected override void OnInitialized()
    {
        Updates.Indexed += OnContentIndexed;
        _previewRunner = new EditorPreviewRunner(Previewer, Html, Time, Options.Value);
        _previewRunner.Updated += () => RunInBackground(StateHasChanged);
    }

    protected override void OnParametersSet()
    {
        S.Start(Id);
        if (S.IsNew)
        {
            UpdateNewPath();
            return;
        }

        StoredText? stored;
        try
        {
            stored = Authoring.Read(S.Path);
        }
        catch (InvalidContentPathException ex)
        {
            S.PathError = ex.Reason;
            S.NotFound = true;
            return;
        }

        S.NotFound = stored is null;
        if (stored is not null)
        {
            Open(stored);
        }
    }

    private void Open(StoredText stored)
    {
        S.Open(stored, Previewer.Preview(S.Path, stored.Text).Document);
        S.History = Authoring.Revisions.ListFor(S.DocumentId);
        // Only worth saying when the app made the changes: a file edited in git is the author's business.
        S.UncommittedInGit = !Git.CommitsEnabled && S.History.Count > 0 && Git.HasUncommittedChanges(S.Path) == true;
        _previewRunner!.RunNow(S.Path, S.Composed);
    }

    /// <summary>
    /// A form field changed: recompose the file, let the browser keep the values with its draft, and
    /// update the preview and checks once typing pauses (off the keystroke path).
    /// </summary>
    private void Refresh()
    {
        Recompose();
        if (_bodyEditor is { } editor)
        {
            _ = editor.SetFieldsAsync(DraftFields.ToJson(S.Draft));
        }
    }

    private void TitleChanged()
    {
        if (S.IsNew)
        {
            UpdateNewPath();
        }
        else
        {
            Refresh();
        }
    }

    /// <summary>The body changed in the browser (only the change crossed the connection).</summary>
    private void OnBodyTyped()
    {
        S.Draft.Body = S.Body.Text;
        Recompose();
        if (S.IsDirty != _wasDirty)
        {
            // The navigation lock asks before leaving only while there is something to lose.
            StateHasChanged();
        }
    }

    private void Recompose()
    {
        S.Compose();
        _wasDirty = S.IsDirty;
        _previewRunner!.Schedule(S.Path, S.Composed);
    }

    private void UpdateNewPath()
    {
        S.UpdateNewPath();
        Refresh();
    }

    // A conflict or a failed save is shown above the form; the lead pressed Save at the bottom and must see it.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var reveal = _revealConflict ? "conflict-title" : _revealSaveError ? "save-error" : null;
        _revealConflict = false;
        _revealSaveError = false;
        if (reveal is not null)
        {
            await JS.InvokeAsync<bool>("kb.showSection", reveal);
        }
    }

    private async Task RestoreRevisionAsync(Revision revision)
    {
        if (!await AllowedAsync($"restore revision #{revision.Id} of {S.Path}", "Not restored"))
        {
            return;
        }

        var author = await AuthorAsync();
        var result = Write(() => Authoring.RestoreRevision(revision.Id, S.OpenedHash, author));
        if (result is null)
        {
            return;
        }

        if (result.Status == SaveStatus.Conflict)
        {
            S.Message = "The file changed since you opened it. Reload it (Keep theirs) before restoring a revision.";
            ShowConflict(result);
            return;
        }

        await HandleAsync(result, $"Restored revision #{revision.Id}");
    }

    /// <summary>The signed-in lead, with the display name and e-mail address their account has (for git commits).</summary>
    private async Task<Author> AuthorAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState;
        if (state is null)
        {
            return new Author("unknown", "unknown");
        }

        var author = AuthorClaims.ToAuthor(state.User);
        var account = int.TryParse(author.Id, System.Globalization.CultureInfo.InvariantCulture, out var id) ? Users.FindById(id) : null;
        return author with { Email = account?.Email, DisplayName = account?.DisplayName };
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!S.IsDirty)
        {
            return;
        }

        if (await JS.InvokeAsync<bool>("confirm", "Leave the editor? Your unsaved changes will be lost."))
        {
            await DiscardDraftAsync();
        }
        else
        {
            context.PreventNavigation();
        }
    }

    /// <summary>Warns as soon as the watcher sees the open file change on disk, before the lead tries to save.</summary>
    private void OnContentIndexed(ContentIndexed indexed)
    {
        if (S.IsNew || S.OpenedHash is null || !indexed.Ids.Contains(S.DocumentId))
        {
            return;
        }

        var changed = indexed.Snapshot.Find(S.DocumentId)?.ContentHash != S.OpenedHash;
        if (changed != S.ChangedOnDisk)
        {
            RunInBackground(() =>
            {
                S.ChangedOnDisk = changed;
                StateHasChanged();
            });
        }
    }

    public void Dispose()
    {
        Updates.Indexed -= OnContentIndexed;
        _previewRunner?.Dispose();
    }
}
