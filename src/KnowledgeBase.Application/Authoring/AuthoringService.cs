using System.Text.RegularExpressions;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Authoring.Git;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Storage.Trash;

namespace KnowledgeBase.Application.Authoring;

/// <summary>
/// Every change a lead makes in the browser: the file is written by <see cref="ContentWriter"/>
/// (atomic, confined, conflict-checked) through <see cref="IContentWrites"/> (which, on several
/// nodes, also shares the change with the others) and, when it was written, a revision is recorded.
/// A revision is only stored after the file change succeeded, so history never claims a save
/// that did not happen.
/// </summary>
/// <remarks>With <see cref="ContentGit.CommitsEnabled"/>, every saved change is also committed to the content folder's git repository.</remarks>
public sealed partial class AuthoringService(
    ContentWriter writer, IRevisionStore revisions, ITrashStore trash, TimeProvider time, ContentGit? git = null, IContentWrites? writes = null)
{
    // Without one given (tests, tools), one node: the writer alone. Stateless, so a race here only makes two.
    private IContentWrites Writes => writes ??= new LocalContentWrites(writer);

    /// <summary>The author id of <see cref="RevisionAction.Baseline"/> revisions: nobody in the app wrote that text.</summary>
    public const string BaselineAuthorId = "disk";

    public ContentWriter Writer => writer;

    public IRevisionStore Revisions => revisions;

    public ITrashStore Trash => trash;

    /// <summary>The document as it is on disk now, or null.</summary>
    public StoredText? Read(string relativePath) => writer.Read(relativePath);

    public SaveResult Create(string relativePath, string text, Author author, string? note = null)
    {
        var result = Writes.Create(relativePath, text);
        return Record(result, RevisionAction.Created, text, author, note ?? "Created");
    }

    public SaveResult Save(string relativePath, string text, string expectedHash, Author author, string? note = null)
    {
        var result = WithBaseline(relativePath, expectedHash, () => Writes.Save(relativePath, text, expectedHash));
        return Record(result, RevisionAction.Saved, text, author, note ?? "");
    }

    /// <summary>Who made the text the file has now: the newest revision with that text, else "outside the app" at the file's time.</summary>
    public ChangeOrigin OriginOf(StoredText current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var revision = revisions.ListFor(ContentLayout.IdFromPath(current.RelativePath))
            .FirstOrDefault(r => r.Action is not (RevisionAction.Deleted or RevisionAction.Baseline) && TextHash.Of(r.Text) == current.Hash);
        return revision is not null
            ? new ChangeOrigin(revision.AuthorName, revision.At, InApp: true)
            : new ChangeOrigin(null, writer.ModifiedAt(current.RelativePath) ?? time.GetUtcNow(), InApp: false);
    }

    /// <summary>Moves a document (if unchanged since opened); never replaces another document.</summary>
    public SaveResult Rename(string fromPath, string toPath, string expectedHash, Author author)
    {
        var result = Writes.Rename(fromPath, toPath, expectedHash);
        return result.IsSaved
            ? Record(result, RevisionAction.Renamed, writer.Read(result.RelativePath)?.Text ?? "", author, $"Moved from {fromPath.Replace('\\', '/')}", fromPath)
            : result;
    }

    /// <summary>Sets <c>reviewed:</c> to today, changing nothing else in the file.</summary>
    public SaveResult MarkReviewed(string relativePath, string expectedHash, Author author)
    {
        var current = writer.Read(relativePath);
        if (current is null || current.Hash != expectedHash)
        {
            return new SaveResult(SaveStatus.Conflict, relativePath, Current: current);
        }

        var today = DateOnly.FromDateTime(time.GetLocalNow().Date);
        var text = FrontMatterEditor.SetReviewed(current.Text, today);
        var result = WithBaseline(relativePath, expectedHash, () => Writes.Save(relativePath, text, expectedHash));
        return Record(result, RevisionAction.Reviewed, text, author, $"Marked reviewed {today:yyyy-MM-dd}");
    }

    /// <summary>
    /// Records in the file's front matter that it was reviewed against a sibling's text: a
    /// translation's <c>source_hash</c> or an SOP's <c>checks_hash</c> (see <c>StaleSiblings</c>).
    /// </summary>
    public SaveResult MarkSiblingReviewed(string relativePath, string expectedHash, string key, string hash, Author author, string note)
    {
        var current = writer.Read(relativePath);
        if (current is null || current.Hash != expectedHash)
        {
            return new SaveResult(SaveStatus.Conflict, relativePath, Current: current);
        }

        var text = FrontMatterEditor.SetScalar(current.Text, key, hash);
        var result = WithBaseline(relativePath, expectedHash, () => Writes.Save(relativePath, text, expectedHash));
        return Record(result, RevisionAction.Reviewed, text, author, note);
    }

    /// <summary>Moves the document to the trash (if unchanged since opened) and records it.</summary>
    public SaveResult Delete(string relativePath, string expectedHash, Author author, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(author);
        var now = time.GetUtcNow();
        return trash.Change(() =>
        {
            var (trashed, result) = Writes.Trash(relativePath, expectedHash, now);
            if (trashed is not null)
            {
                trash.Add(new TrashEntry(0, ContentLayout.IdFromPath(trashed.RelativePath), trashed.RelativePath, TitleOf(trashed.Text),
                    trashed.TrashPath, author.Id, author.Name, now));
                result = Record(result, RevisionAction.Deleted, trashed.Text, author, note ?? "Moved to trash");
            }

            return result;
        });
    }

    /// <summary>Puts a trashed document back where it was; refuses when a file now exists there.</summary>
    public SaveResult RestoreFromTrash(long trashId, Author author)
    {
        return trash.Change(() =>
        {
            var entry = trash.Get(trashId) ?? throw new KeyNotFoundException($"nothing in the trash with id {trashId}");
            var result = Writes.Untrash(entry.TrashPath, entry.RelativePath);
            if (result.IsSaved)
            {
                trash.Remove(trashId);
                result = Record(result, RevisionAction.RestoredFromTrash, writer.Read(entry.RelativePath)?.Text ?? "", author, "Restored from trash");
            }

            return result;
        });
    }

    /// <summary>
    /// Writes an old revision's text as a new revision. <paramref name="expectedHash"/> is the hash
    /// of the file the lead is looking at (null: they saw it deleted), so a newer change is not lost.
    /// </summary>
    public SaveResult RestoreRevision(long revisionId, string? expectedHash, Author author)
    {
        var revision = revisions.Get(revisionId) ?? throw new KeyNotFoundException($"no revision {revisionId}");
        var result = expectedHash is null
            ? Writes.Create(revision.RelativePath, revision.Text)
            : WithBaseline(revision.RelativePath, expectedHash, () => Writes.Save(revision.RelativePath, revision.Text, expectedHash));
        return Record(result, RevisionAction.RestoredRevision, revision.Text, author, $"Restored revision #{revision.Id} ({revision.At:yyyy-MM-dd HH:mm})");
    }

    /// <summary>The diff from a revision to the file as it is now (an empty text when it is gone).</summary>
    public IReadOnlyList<DiffLine> DiffWithCurrent(long revisionId)
    {
        var revision = revisions.Get(revisionId) ?? throw new KeyNotFoundException($"no revision {revisionId}");
        return LineDiff.Compute(revision.Text, writer.Read(revision.RelativePath)?.Text ?? "");
    }

    /// <summary>
    /// Runs a write that replaces the file's text and, when it succeeded, first stores the text it
    /// replaced unless history already ends with it: the first in-app edit keeps the original, and a
    /// change made outside the app since the last save can be diffed and restored too. (A deletion
    /// or a move keeps the text in its own revision.)
    /// </summary>
    private SaveResult WithBaseline(string relativePath, string expectedHash, Func<SaveResult> write)
    {
        var before = writer.Read(relativePath);
        var modifiedAt = writer.ModifiedAt(relativePath);
        var result = write();
        if (result.IsSaved && before is not null && before.Hash == expectedHash)
        {
            var latest = revisions.ListFor(ContentLayout.IdFromPath(result.RelativePath)).FirstOrDefault(r => r.Action != RevisionAction.Deleted);
            if (latest is null || TextHash.Of(latest.Text) != before.Hash)
            {
                var now = time.GetUtcNow();
                revisions.Add(new Revision(0, ContentLayout.IdFromPath(result.RelativePath), result.RelativePath, RevisionAction.Baseline, BaselineAuthorId, "",
                    modifiedAt is { } at && at < now ? at : now, before.Text, "As it was on disk before this change in the app"));
            }
        }

        return result;
    }

    /// <summary>Records a saved change as a revision and, when commits are on, as a commit of the paths it touched.</summary>
    private SaveResult Record(SaveResult result, RevisionAction action, string text, Author author, string note, string? alsoPath = null)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (!result.IsSaved)
        {
            return result;
        }

        revisions.Add(new Revision(0, ContentLayout.IdFromPath(result.RelativePath), result.RelativePath, action, author.Id, author.Name,
            time.GetUtcNow(), text, note.Trim()));
        if (git is not { CommitsEnabled: true })
        {
            return result;
        }

        string[] paths = alsoPath is null ? [result.RelativePath] : [alsoPath.Replace('\\', '/'), result.RelativePath];
        var message = note.Trim().Length > 0 ? note.Trim() : $"{action} {result.RelativePath}";
        return result with { Git = git.Commit(paths, new GitAuthor(author.DisplayName ?? author.Name, author.Name, author.Email), message + "\n") };
    }

    private static string TitleOf(string text)
    {
        var match = TitleLine().Match(text);
        return match.Success ? match.Groups[1].Value.Trim().Trim('"', '\'') : "";
    }

    [GeneratedRegex(@"^title:[ \t]*(.+?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
