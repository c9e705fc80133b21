using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Storage.Authoring;
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

/// <summary>
/// The editor for one article or template (<c>/edit/{id}</c>) or a new one (<c>/new</c>): front
/// matter form, Markdown body, live preview and findings, save with conflict handling, history.
/// </summary>
public sealed partial class EditPage : IDisposable
{
    private const string Empty = DraftComposer.EmptyFile;
    private const string NewBody = "Write the text here.\n";

    private EditorDraft _draft = new();
    private EditorDraft _opened = new();
    private string _originalText = Empty;
    private string? _openedHash;
    private string _path = "";
    private bool _notFound;
    private string? _pathError;
    private string _composed = Empty;
    private readonly EditorBody _body = new();
    private MarkdownBodyEditor? _bodyEditor;
    private EditorPreviewRunner? _previewRunner;
    private StoredDraft? _foundDraft;
    private string _openedFields = "";
    private string? _saveError;
    private bool _wasDirty;
    private SaveResult? _conflict;
    private bool _minor;
    private string? _message;
    private string _note = "";
    private bool _confirmDelete;
    private bool _moving;
    private string _moveTo = "";
    private IReadOnlyList<Revision> _history = [];
    private bool _changedOnDisk;
    private bool _leaving;
    private bool _revealConflict;
    private bool _revealSaveError;

    // New documents: where they go.
    private string _newLanguage = Languages.Default;
    private string _newFolder = "";
    private string _newSlug = "";

    /// <summary>The document id from <c>/edit/{id}</c>; null on <c>/new</c>.</summary>
    [Parameter]
    public string? Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private AuthoringService Authoring { get; set; } = null!;

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
    private ContentLibrary Library { get; set; } = null!;

    [Inject]
    private IOptions<AuthoringUiOptions> Options { get; set; } = null!;

    private bool IsNew => Id is null;

    /// <summary>Typed text that is not on disk yet (the browser asks before it is thrown away).</summary>
    private bool IsDirty => !_leaving && !_notFound && _composed != (IsNew ? DraftComposer.Compose(Empty, _opened, new EditorDraft { Body = NewBody }) : _originalText);

    private string DocumentId => ContentLayout.IdFromPath(_path);

    /// <summary>What the browser keeps this document's draft under: its id, or <c>new</c> until it has one.</summary>
    private string DraftKey => IsNew ? "new" : DocumentId;

    private EditorPreview Preview => _previewRunner?.Current ?? EditorPreview.Empty;

    protected override void OnInitialized()
    {
        Library.Changed += OnLibraryChanged;
        _previewRunner = new EditorPreviewRunner(Previewer, Html, Time, Options.Value);
        _previewRunner.Updated += () => _ = InvokeAsync(StateHasChanged);
    }

    protected override void OnParametersSet()
    {
        _conflict = null;
        _message = null;
        _confirmDelete = false;
        _moving = false;
        _notFound = false;
        _leaving = false;
        _pathError = null;
        _saveError = null;
        _foundDraft = null;
        if (IsNew)
        {
            _draft = new EditorDraft { Body = NewBody };
            _opened = new EditorDraft();
            _originalText = Empty;
            _openedHash = null;
            _openedFields = DraftFields.ToJson(_draft);
            _body.Reset(NewBody);
            UpdateNewPath();
            return;
        }

        _path = Uri.UnescapeDataString(Id!).Trim('/') + ".md";
        StoredText? stored;
        try
        {
            stored = Authoring.Read(_path);
        }
        catch (InvalidContentPathException ex)
        {
            _pathError = ex.Reason;
            _notFound = true;
            return;
        }

        _notFound = stored is null;
        if (stored is not null)
        {
            Open(stored);
        }
    }

    private void Open(StoredText stored)
    {
        _changedOnDisk = false;
        _originalText = stored.Text;
        _openedHash = stored.Hash;
        var parsed = Previewer.Preview(_path, stored.Text);
        _draft = parsed.Document is { } document
            ? DraftComposer.FromDocument(document)
            : new EditorDraft { Kind = AuthoringPaths.KindOf(_path), IsRaw = true, Body = stored.Text };
        _opened = _draft.Copy();
        _openedFields = DraftFields.ToJson(_draft);
        _body.Reset(_draft.Body);
        _history = Authoring.Revisions.ListFor(DocumentId);
        _composed = DraftComposer.Compose(_originalText, _opened, _draft);
        _previewRunner!.RunNow(_path, _composed);
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
            _ = editor.SetFieldsAsync(DraftFields.ToJson(_draft));
        }
    }

    /// <summary>The body changed in the browser (only the change crossed the connection).</summary>
    private void OnBodyTyped()
    {
        _draft.Body = _body.Text;
        Recompose();
        if (IsDirty != _wasDirty)
        {
            // The navigation lock asks before leaving only while there is something to lose.
            StateHasChanged();
        }
    }

    private void Recompose()
    {
        _composed = DraftComposer.Compose(_originalText, _opened, _draft);
        _wasDirty = IsDirty;
        _previewRunner!.Schedule(_path, _composed);
    }

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

    private async Task SaveAsync()
    {
        _message = null;
        // The preview waits for a pause in typing; what is saved is read now.
        if (Previewer.Read(_path, _composed).Document is null)
        {
            _message = "This text cannot be read as a document yet; fix the errors below before saving.";
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

    private Task SavedInBrowserAsync(string key, string hash) =>
        _bodyEditor?.SavedAsync(key, hash, DraftFields.ToJson(_draft)) ?? Task.CompletedTask;

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

    private void MarkReviewedToday()
    {
        _draft.Reviewed = DateOnly.FromDateTime(Time.GetLocalNow().Date).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Refresh();
    }

    private void AddField()
    {
        _draft.Fields.Add(new FieldDraft());
        Refresh();
    }

    private void RemoveField(FieldDraft field)
    {
        _draft.Fields.Remove(field);
        Refresh();
    }

    private void StartMove()
    {
        _moveTo = _path;
        _moving = true;
    }

    private async Task MoveAsync()
    {
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

    private async Task RestoreRevisionAsync(Revision revision)
    {
        var author = await AuthorAsync();
        var result = Write(() => Authoring.RestoreRevision(revision.Id, _openedHash, author));
        if (result is null)
        {
            return;
        }

        if (result.Status == SaveStatus.Conflict)
        {
            _message = "The file changed since you opened it. Reload it (Keep theirs) before restoring a revision.";
            _conflict = result;
            return;
        }

        await HandleAsync(result, $"Restored revision #{revision.Id}");
    }

    private async Task<Author> AuthorAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState;
        return state is null ? new Author("unknown", "unknown") : AuthorClaims.ToAuthor(state.User);
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (!IsDirty)
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
    private void OnLibraryChanged(ContentChange change)
    {
        if (IsNew || _openedHash is null || !change.Ids.Contains(DocumentId))
        {
            return;
        }

        var changed = Library.Current.Find(DocumentId)?.ContentHash != _openedHash;
        if (changed != _changedOnDisk)
        {
            _ = InvokeAsync(() =>
            {
                _changedOnDisk = changed;
                StateHasChanged();
            });
        }
    }

    public void Dispose()
    {
        Library.Changed -= OnLibraryChanged;
        _previewRunner?.Dispose();
    }

    private static string Slug(string text)
    {
        var chars = text.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
