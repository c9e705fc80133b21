using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Storage.Authoring;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Security;
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
    private PreviewResult _preview = new(null, []);
    private SaveResult? _conflict;
    private bool _minor;
    private string? _message;
    private string _note = "";
    private bool _confirmDelete;
    private bool _moving;
    private string _moveTo = "";
    private IReadOnlyList<Revision> _history = [];
    private IReadOnlyList<DiffLine>? _diff;
    private string _diffTitle = "";
    private long? _compareFrom;
    private long? _compareTo;
    private bool _changedOnDisk;
    private ITimer? _checksTimer;
    private bool _checked;
    private bool _leaving;
    private bool _revealConflict;

    // Why the last change was refused (role or account changed since the page opened).
    private string? _refused;

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

    [Inject]
    private AccessCheck Access { get; set; } = null!;

    private bool IsNew => Id is null;

    /// <summary>Typed text that is not on disk yet (the browser asks before it is thrown away).</summary>
    private bool IsDirty => !_leaving && !_notFound && _composed != (IsNew ? DraftComposer.Compose(Empty, _opened, new EditorDraft { Body = NewBody }) : _originalText);

    private string DocumentId => ContentLayout.IdFromPath(_path);

    protected override void OnInitialized() => Library.Changed += OnLibraryChanged;

    protected override void OnParametersSet()
    {
        _conflict = null;
        _message = null;
        _diff = null;
        _confirmDelete = false;
        _moving = false;
        _notFound = false;
        _leaving = false;
        _pathError = null;
        _checked = false;
        _refused = null;
        if (IsNew)
        {
            _draft = new EditorDraft { Body = NewBody };
            _opened = new EditorDraft();
            _originalText = Empty;
            _openedHash = null;
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
        _history = Authoring.Revisions.ListFor(DocumentId);
        Refresh();
        RunChecks();
    }

    /// <summary>
    /// Recomposes the file and re-reads it: the preview follows every keystroke; the rules run
    /// once typing pauses (<see cref="AuthoringUiOptions.ChecksDelay"/>).
    /// </summary>
    private void Refresh()
    {
        _composed = DraftComposer.Compose(_originalText, _opened, _draft);
        var read = Previewer.Read(_path, _composed);
        _preview = read with { Findings = _checked && _preview.Findings.Count > 0 ? _preview.Findings : read.Findings };
        _checksTimer ??= Time.CreateTimer(_ => _ = InvokeAsync(() =>
        {
            RunChecks();
            StateHasChanged();
        }), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _checksTimer.Change(Options.Value.ChecksDelay, Timeout.InfiniteTimeSpan);
    }

    private void RunChecks()
    {
        _preview = Previewer.Preview(_path, _composed);
        _checked = true;
    }

    private async Task SaveAsync()
    {
        _message = null;
        if (_preview.Document is null)
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
        var result = IsNew
            ? Authoring.Create(_path, _composed, author, _note)
            : Authoring.Save(_path, _composed, _openedHash!, author, _note);
        if (_minor && !IsNew && result.IsSaved && openedHash is not null && result.Hash is not null)
        {
            // Readers who acknowledged the text the lead opened stay current: the new hash stands for the old.
            Onboarding.RecordMinorEdit(DocumentId, openedHash, result.Hash);
        }

        _minor = false;
        Handle(result, "Saved");
    }

    // The choice sits above the form; the lead pressed Save at the bottom and must see it.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_revealConflict)
        {
            _revealConflict = false;
            await JS.InvokeAsync<bool>("kb.showSection", "conflict-title");
        }
    }

    private void Handle(SaveResult result, string success)
    {
        switch (result.Status)
        {
            case SaveStatus.Saved when IsNew:
                _leaving = true;
                Navigation.NavigateTo(DocumentUrls.Edit(ContentLayout.IdFromPath(result.RelativePath)));
                break;
            case SaveStatus.Saved:
                _conflict = null;
                _note = "";
                Open(Authoring.Read(_path) ?? new StoredText(_path, _composed, result.Hash!));
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

    private void KeepTheirs()
    {
        if (_conflict?.Current is { } current)
        {
            _conflict = null;
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
        var result = _conflict?.Current is { } current
            ? Authoring.Save(_path, _composed, current.Hash, author, _note.Length > 0 ? _note : "Overwrote a concurrent change")
            : Authoring.Create(_path, _composed, author, "Recreated after it was deleted elsewhere");
        if (IsNew || result.Status != SaveStatus.Saved)
        {
            Handle(result, "Saved");
            return;
        }

        _conflict = null;
        Open(Authoring.Read(_path)!);
        _message = "Saved your version over the other change.";
    }

    private async Task CopyMineAsync() => await JS.InvokeVoidAsync("kb.copyText", _composed);

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
        if (!await AllowedAsync($"move {_path}", "Not moved"))
        {
            return;
        }

        SaveResult result;
        try
        {
            result = Authoring.Rename(_path, _moveTo.Trim(), _openedHash!, await AuthorAsync());
        }
        catch (InvalidContentPathException ex)
        {
            _message = $"Cannot move there: {ex.Reason}.";
            return;
        }

        switch (result.Status)
        {
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

        var result = Authoring.Delete(_path, _openedHash!, await AuthorAsync(), _note);
        if (result.IsSaved)
        {
            _leaving = true;
            Navigation.NavigateTo("/trash");
            return;
        }

        _confirmDelete = false;
        _conflict = result;
    }

    private async Task<Author> AuthorAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState;
        return state is null ? new Author("unknown", "unknown") : AuthorClaims.ToAuthor(state.User);
    }

    private async Task ConfirmLeaveAsync(LocationChangingContext context)
    {
        if (IsDirty && !await JS.InvokeAsync<bool>("confirm", "Leave the editor? Your unsaved changes will be lost."))
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
        _checksTimer?.Dispose();
    }
}
