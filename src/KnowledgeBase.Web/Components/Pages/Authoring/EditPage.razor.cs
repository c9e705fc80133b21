using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
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
using KnowledgeBase.Application.Onboarding;
using KnowledgeBase.Application.Authoring;

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
    private IContentUpdates Updates { get; set; } = null!;

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
        Updates.Indexed += OnContentIndexed;
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
        _refused = null;
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

    private async Task RestoreRevisionAsync(Revision revision)
    {
        if (!await AllowedAsync($"restore revision #{revision.Id} of {_path}", "Not restored"))
        {
            return;
        }

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
    private void OnContentIndexed(ContentIndexed indexed)
    {
        if (IsNew || _openedHash is null || !indexed.Ids.Contains(DocumentId))
        {
            return;
        }

        var changed = indexed.Snapshot.Find(DocumentId)?.ContentHash != _openedHash;
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
        Updates.Indexed -= OnContentIndexed;
        _previewRunner?.Dispose();
    }

    private static string Slug(string text)
    {
        var chars = text.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
