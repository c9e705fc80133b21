using KnowledgeBase.Storage.Tests.Providers;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Storage.Trash;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.Time.Testing;
using KnowledgeBase.Application.Authoring;

namespace KnowledgeBase.Storage.Tests.Authoring;

public abstract class AuthoringServiceTests : IDisposable
{
    private const string Refund = "articles/en/refund.md";
    private const string Original = "---\ntitle: Refunds\nowner: Payments\nreviewed: 2026-01-01\nreview_every: 90\n---\nOld body.\n";

    private static readonly Author Lead = new("u1", "Lena Lead");

    private readonly TempContentFolder _content = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "authoring-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
    private readonly KnowledgeBasePaths _paths;
    private readonly TestStorage _storage;
    private AuthoringService _service;

    protected AuthoringServiceTests(TestStorage storage)
    {
        _content.Write(Refund, Original);
        _paths = new KnowledgeBasePaths(_content.Root, _data);
        _storage = storage;
        _service = Create();
    }

    [Fact]
    public void Save_RecordsWhoWhenPathIdTextAndNote_InTheDatabase()
    {
        var opened = _service.Read(Refund)!;

        _service.Save(Refund, "---\ntitle: Refunds\n---\nNew body.\n", opened.Hash, Lead, "clarified step 2");
        Reopen();

        var revision = _service.Revisions.ListFor("articles/en/refund")[0];
        Assert.Equal(
            new Revision(revision.Id, "articles/en/refund", Refund, RevisionAction.Saved, "u1", "Lena Lead", _time.GetUtcNow(),
                "---\ntitle: Refunds\n---\nNew body.\n", "clarified step 2"),
            revision);
    }

    [Fact]
    public void Save_WithAConflict_RecordsNothing()
    {
        _content.Write(Refund, "changed elsewhere\n");

        var result = _service.Save(Refund, "mine\n", TextHash.Of(Original), Lead);

        Assert.Equal(SaveStatus.Conflict, result.Status);
        Assert.Empty(_service.Revisions.ListFor("articles/en/refund"));
    }

    [Fact]
    public void ListFor_ReturnsNewestFirst_AndDiffComparesAnyTwo()
    {
        var first = _service.Save(Refund, "---\ntitle: Refunds\n---\nOne.\n", TextHash.Of(Original), Lead);
        _time.Advance(TimeSpan.FromMinutes(5));
        _service.Save(Refund, "---\ntitle: Refunds\n---\nTwo.\n", first.Hash!, Lead);

        var list = _service.Revisions.ListFor("articles/en/refund").Where(r => r.Action == RevisionAction.Saved).ToList();
        var diff = _service.Revisions.Diff(list[1].Id, list[0].Id);

        Assert.Equal(["---\ntitle: Refunds\n---\nTwo.\n", "---\ntitle: Refunds\n---\nOne.\n"], list.Select(r => r.Text));
        Assert.Equal(
            [(DiffLineKind.Removed, "One."), (DiffLineKind.Added, "Two.")],
            diff.Where(l => l.Kind != DiffLineKind.Unchanged).Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void RestoreRevision_WritesTheOldTextAsANewRevision()
    {
        var first = _service.Save(Refund, "one\n", TextHash.Of(Original), Lead);
        var second = _service.Save(Refund, "two\n", first.Hash!, Lead);
        var oldest = _service.Revisions.ListFor("articles/en/refund").Single(r => r.Action == RevisionAction.Saved && r.Text == "one\n");

        var result = _service.RestoreRevision(oldest.Id, second.Hash, Lead);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal("one\n", File.ReadAllText(Path.Combine(_content.Root, Refund)));
        var newest = _service.Revisions.ListFor("articles/en/refund")[0];
        Assert.Equal(RevisionAction.RestoredRevision, newest.Action);
        Assert.Equal("one\n", newest.Text);
    }

    [Fact]
    public void RestoreRevision_OverAChangedFile_IsAConflict()
    {
        var first = _service.Save(Refund, "one\n", TextHash.Of(Original), Lead);
        var revision = _service.Revisions.ListFor("articles/en/refund")[0];
        _content.Write(Refund, "edited in git\n");

        var result = _service.RestoreRevision(revision.Id, first.Hash, Lead);

        Assert.Equal(SaveStatus.Conflict, result.Status);
        Assert.Equal("edited in git\n", File.ReadAllText(Path.Combine(_content.Root, Refund)));
    }

    [Fact]
    public void DiffWithCurrent_ComparesARevisionWithTheFileOnDisk()
    {
        _service.Save(Refund, "one\n", TextHash.Of(Original), Lead);
        _content.Write(Refund, "one\nand git\n");

        var diff = _service.DiffWithCurrent(_service.Revisions.ListFor("articles/en/refund")[0].Id);

        Assert.Equal([(DiffLineKind.Unchanged, "one"), (DiffLineKind.Added, "and git")], diff.Select(l => (l.Kind, l.Text)));
    }

    [Fact]
    public void Delete_MovesToTrashWithMetadata_AndRestoreBringsItBack()
    {
        _service.Delete(Refund, TextHash.Of(Original), Lead);
        Reopen();

        var entry = Assert.Single(_service.Trash.List());
        Assert.Equal(new TrashEntry(entry.Id, "articles/en/refund", Refund, "Refunds", entry.TrashPath, "u1", "Lena Lead", _time.GetUtcNow()), entry);
        Assert.False(File.Exists(Path.Combine(_content.Root, Refund)));
        Assert.True(File.Exists(Path.Combine(_data, "trash", entry.TrashPath)));

        var result = _service.RestoreFromTrash(entry.Id, Lead);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal(Original, File.ReadAllText(Path.Combine(_content.Root, Refund)));
        Assert.Empty(_service.Trash.List());
        Assert.Equal(
            [RevisionAction.RestoredFromTrash, RevisionAction.Deleted],
            _service.Revisions.ListFor("articles/en/refund").Select(r => r.Action));
    }

    [Fact]
    public void RestoreFromTrash_WhenTheFileWasRecreated_IsRefusedAndStaysInTrash()
    {
        _service.Delete(Refund, TextHash.Of(Original), Lead);
        _content.Write(Refund, "a new refund article\n");

        var result = _service.RestoreFromTrash(_service.Trash.List()[0].Id, Lead);

        Assert.Equal(SaveStatus.AlreadyExists, result.Status);
        Assert.Single(_service.Trash.List());
        Assert.Equal("a new refund article\n", File.ReadAllText(Path.Combine(_content.Root, Refund)));
    }

    [Fact]
    public void MarkReviewed_SetsTodayAndKeepsTheRest()
    {
        var result = _service.MarkReviewed(Refund, TextHash.Of(Original), Lead);

        Assert.Equal(SaveStatus.Saved, result.Status);
        Assert.Equal(Original.Replace("2026-01-01", "2026-11-23", StringComparison.Ordinal), File.ReadAllText(Path.Combine(_content.Root, Refund)));
        Assert.Equal(RevisionAction.Reviewed, _service.Revisions.ListFor("articles/en/refund")[0].Action);
    }

    [Fact]
    public void Create_RecordsACreatedRevision_AndNeverOverwrites()
    {
        var created = _service.Create("templates/en/hello.md", "---\ntitle: Hello\n---\nHi\n", Lead);
        var again = _service.Create(Refund, "x", Lead);

        Assert.Equal(SaveStatus.Saved, created.Status);
        Assert.Equal(SaveStatus.AlreadyExists, again.Status);
        Assert.Equal(RevisionAction.Created, Assert.Single(_service.Revisions.ListFor("templates/en/hello")).Action);
        Assert.Empty(_service.Revisions.ListFor("articles/en/refund"));
    }

    [Fact]
    public void Rename_MovesTheFileAndRecordsIt_ButNeverOverAnotherDocument()
    {
        _content.Write("articles/en/other.md", "other\n");

        var refused = _service.Rename(Refund, "articles/en/other.md", TextHash.Of(Original), Lead);
        var moved = _service.Rename(Refund, "articles/en/payments/refund.md", TextHash.Of(Original), Lead);

        Assert.Equal(SaveStatus.AlreadyExists, refused.Status);
        Assert.Equal(SaveStatus.Saved, moved.Status);
        Assert.Equal("other\n", File.ReadAllText(Path.Combine(_content.Root, "articles/en/other.md")));
        Assert.Equal(Original, File.ReadAllText(Path.Combine(_content.Root, "articles/en/payments/refund.md")));
        var revision = Assert.Single(_service.Revisions.ListFor("articles/en/payments/refund"));
        Assert.Equal((RevisionAction.Renamed, "Moved from articles/en/refund.md"), (revision.Action, revision.Note));
    }

    [Fact]
    public void Save_WithoutANote_ReadsBackAnEmptyNote()
    {
        _service.Save(Refund, "one\n", TextHash.Of(Original), Lead);
        Reopen();

        Assert.Equal("", _service.Revisions.ListFor("articles/en/refund")[0].Note);
    }

    [Fact]
    public void FirstSave_StoresTheFileAsItWasOnDisk_AsABaselineRevision_SoTheOriginalCanBeRestored()
    {
        File.SetLastWriteTimeUtc(Path.Combine(_content.Root, Refund), new DateTime(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc));

        var saved = _service.Save(Refund, "mine\n", TextHash.Of(Original), Lead);
        var revisions = _service.Revisions.ListFor("articles/en/refund");

        Assert.Equal([RevisionAction.Saved, RevisionAction.Baseline], revisions.Select(r => r.Action));
        var baseline = revisions[1];
        Assert.Equal((Original, new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero)), (baseline.Text, baseline.At));
        _service.RestoreRevision(baseline.Id, saved.Hash, Lead);
        Assert.Equal(Original, File.ReadAllText(Path.Combine(_content.Root, Refund)));
    }

    [Fact]
    public void Save_AfterAChangeOutsideTheApp_StoresThatTextToo_ButNotTwiceTheSame()
    {
        var first = _service.Save(Refund, "one\n", TextHash.Of(Original), Lead);
        var second = _service.Save(Refund, "two\n", first.Hash!, Lead);
        _content.Write(Refund, "edited in git\n");

        _service.Save(Refund, "three\n", TextHash.Of("edited in git\n"), Lead);

        Assert.Equal(
            [(RevisionAction.Saved, "three\n"), (RevisionAction.Baseline, "edited in git\n"), (RevisionAction.Saved, "two\n"), (RevisionAction.Saved, "one\n"), (RevisionAction.Baseline, Original)],
            _service.Revisions.ListFor("articles/en/refund").Select(r => (r.Action, r.Text)));
        Assert.NotNull(second.Hash);
    }

    [Fact]
    public void MarkReviewed_AlsoKeepsTheOriginal()
    {
        _service.MarkReviewed(Refund, TextHash.Of(Original), Lead);

        Assert.Equal([RevisionAction.Reviewed, RevisionAction.Baseline], _service.Revisions.ListFor("articles/en/refund").Select(r => r.Action));
    }

    [Fact]
    public void OriginOf_NamesTheLeadWhoSavedTheText_OrSaysItChangedOnDiskOutsideTheApp()
    {
        var saved = _service.Save(Refund, "one\n", TextHash.Of(Original), new Author("u2", "Oskar Other"));
        var savedAt = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromMinutes(3));

        var inApp = _service.OriginOf(_service.Read(Refund)!);
        _content.Write(Refund, "edited in git\n");
        File.SetLastWriteTimeUtc(Path.Combine(_content.Root, Refund), new DateTime(2026, 11, 23, 9, 40, 0, DateTimeKind.Utc));
        var outside = _service.OriginOf(_service.Read(Refund)!);

        Assert.Equal(new ChangeOrigin("Oskar Other", savedAt, InApp: true), inApp);
        Assert.Equal(new ChangeOrigin(null, new DateTimeOffset(2026, 11, 23, 9, 40, 0, TimeSpan.Zero), InApp: false), outside);
        Assert.NotNull(saved.Hash);
    }

    private AuthoringService Create() =>
        new(new ContentWriter(_paths), _storage.Revisions, _storage.Trash, _time);

    private void Reopen()
    {
        _storage.Reopen();
        _service = Create();
    }

    public void Dispose()
    {
        _storage.Dispose();
        _content.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}

// The same tests on each provider: xunit runs the inherited facts once per concrete class.
public sealed class AuthoringServiceOnLiteDbTests() : AuthoringServiceTests(TestStorage.LiteDb());

public sealed class AuthoringServiceOnPostgresTests(TemporaryPostgres postgres) : AuthoringServiceTests(TestStorage.Postgres(postgres)), IClassFixture<TemporaryPostgres>;
