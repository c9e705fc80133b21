using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Storage.Revisions;

namespace KnowledgeBase.Web.Authoring.Editing;

/// <summary>
/// Everything the editor page and its parts show and change, in one place: the document as opened
/// (the base of a merge), the form and body as typed, the text they compose to, and what the lead
/// is being told or asked. The page's components show it and bind the values the lead types;
/// everything that touches files goes through the page.
/// </summary>
public sealed class EditSession
{
    public const string NewBody = "Write the text here.\n";

    /// <summary>The document id from <c>/edit/{id}</c>; null on <c>/new</c>.</summary>
    public string? Id { get; private set; }

    public bool IsNew => Id is null;

    /// <summary>The content-relative path being edited (for a new document: where it will be created).</summary>
    public string Path { get; set; } = "";

    public string DocumentId => ContentLayout.IdFromPath(Path);

    /// <summary>What the browser keeps this document's draft under: its id, or <c>new</c> until it has one.</summary>
    public string DraftKey => IsNew ? "new" : DocumentId;

    public bool NotFound { get; set; }

    public string? PathError { get; set; }

    /// <summary>The form as typed.</summary>
    public EditorDraft Draft { get; set; } = new();

    /// <summary>The form as opened: keys the lead did not touch are written back exactly as they were.</summary>
    public EditorDraft Opened { get; private set; } = new();

    /// <summary>The file's text as opened: what a save compares with, and the base of a three-way merge.</summary>
    public string OriginalText { get; private set; } = DraftComposer.EmptyFile;

    /// <summary>The hash of <see cref="OriginalText"/> (null for a new document); a save expects the file to still have it.</summary>
    public string? OpenedHash { get; set; }

    /// <summary>The form values as opened (JSON), so the browser does not offer back a draft equal to the file.</summary>
    public string OpenedFields { get; private set; } = "";

    /// <summary>The whole file as the form and body compose it now.</summary>
    public string Composed { get; private set; } = DraftComposer.EmptyFile;

    /// <summary>The body, synced with the browser splice by splice.</summary>
    public EditorBody Body { get; } = new();

    public IReadOnlyList<Revision> History { get; set; } = [];

    // What the lead is told.
    public string? Message { get; set; }

    public string? SaveError { get; set; }

    /// <summary>Why the last change was refused (role or account changed since the page opened).</summary>
    public string? Refused { get; set; }

    public StoredDraft? FoundDraft { get; set; }

    public EditConflict? Conflict { get; set; }

    /// <summary>The watcher saw the open file change on disk.</summary>
    public bool ChangedOnDisk { get; set; }

    /// <summary>Commits are off and the file differs from the last commit in the content folder's git repository.</summary>
    public bool UncommittedInGit { get; set; }

    // What the lead is doing.
    public string Note { get; set; } = "";

    public bool Minor { get; set; }

    public bool ConfirmDelete { get; set; }

    public bool Moving { get; set; }

    public string MoveTo { get; set; } = "";

    /// <summary>Navigating away on purpose (after a save, move or delete): nothing to ask about.</summary>
    public bool Leaving { get; set; }

    // New documents: where they go.
    public string NewLanguage { get; set; } = Languages.Default;

    public string NewFolder { get; set; } = "";

    public string NewSlug { get; set; } = "";

    /// <summary>Typed text that is not on disk yet (the browser asks before it is thrown away).</summary>
    public bool IsDirty => !Leaving && !NotFound && Composed != (IsNew ? DraftComposer.Compose(DraftComposer.EmptyFile, Opened, new EditorDraft { Body = NewBody }) : OriginalText);

    /// <summary>Starts over for <c>/edit/{id}</c> or <c>/new</c> (null): nothing said, nothing asked.</summary>
    public void Start(string? id)
    {
        Id = id;
        Conflict = null;
        Message = null;
        ConfirmDelete = false;
        Moving = false;
        NotFound = false;
        Leaving = false;
        PathError = null;
        SaveError = null;
        FoundDraft = null;
        Refused = null;
        if (IsNew)
        {
            Draft = new EditorDraft { Body = NewBody };
            Opened = new EditorDraft();
            OriginalText = DraftComposer.EmptyFile;
            OpenedHash = null;
            OpenedFields = DraftFields.ToJson(Draft);
            Body.Reset(NewBody);
        }
        else
        {
            Path = Uri.UnescapeDataString(id!).Trim('/') + ".md";
        }
    }

    /// <summary>Shows a file as it is on disk: <paramref name="parsed"/> is its document, or null when it can only be edited as plain text.</summary>
    public void Open(StoredText stored, ContentDocument? parsed)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ChangedOnDisk = false;
        OriginalText = stored.Text;
        OpenedHash = stored.Hash;
        Draft = parsed is not null
            ? DraftComposer.FromDocument(parsed)
            : new EditorDraft { Kind = AuthoringPaths.KindOf(Path), IsRaw = true, Body = stored.Text };
        Opened = Draft.Copy();
        OpenedFields = DraftFields.ToJson(Draft);
        Body.Reset(Draft.Body);
        Compose();
    }

    /// <summary>Recomposes the file from the form and the body.</summary>
    public void Compose() => Composed = DraftComposer.Compose(OriginalText, Opened, Draft);

    /// <summary>A new document's path from kind, language, folder and file name (or the title).</summary>
    public void UpdateNewPath()
    {
        var kindFolder = Draft.Kind == DocumentKind.Template ? ContentLayout.TemplatesFolder : ContentLayout.ArticlesFolder;
        var slug = Slug(string.IsNullOrWhiteSpace(NewSlug) ? Draft.Title : NewSlug);
        var folder = string.Join('/', NewFolder.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Path = string.Join('/', new[] { kindFolder, NewLanguage, folder, slug.Length == 0 ? "" : slug + ".md" }.Where(s => s.Length > 0));
    }

    private static string Slug(string text)
    {
        var chars = text.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
