using System.Diagnostics;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Authoring.Git;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Application.Authoring;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Storage.Trash;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Storage.Tests.Authoring;

/// <summary>In-app changes against a real temporary git repository, read back with the git command line.</summary>
public sealed class GitCommitTests : IDisposable
{
    private const string Refund = "articles/en/refund.md";
    private const string Original = "---\ntitle: Refunds\n---\nOld body.\n";

    private static readonly Author Lena = new("1", "lena", "lena@brightcart.example", "Lena Lead");

    private readonly TempContentFolder _content = new();
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "git-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero));
    private readonly KnowledgeBaseDatabase _database;
    private readonly KnowledgeBasePaths _paths;

    public GitCommitTests()
    {
        _content.Write(Refund, Original);
        _paths = new KnowledgeBasePaths(_content.Root, _data);
        _database = KnowledgeBaseDatabase.Open(_paths.DatabaseFile);
        Git("init", "-q");
        Git("add", "-A");
        Git("-c", "user.name=Setup", "-c", "user.email=setup@example.com", "commit", "-q", "-m", "initial");
    }

    [Fact]
    public void Save_WithCommitsOn_CommitsTheFile_WithTheLeadAsAuthor_AndTheNoteAsMessage()
    {
        var service = Service(commit: true);

        var result = service.Save(Refund, "---\ntitle: Refunds\n---\nNew body.\n", TextHash.Of(Original), Lena, "clarified step 2");

        Assert.True(result.Git?.IsCommitted, result.Git?.Problem);
        Assert.Equal("Lena Lead <lena@brightcart.example>|clarified step 2|2026-11-23T09:30:00+00:00", Git("log", "-1", "--format=%an <%ae>|%s|%aI"));
        Assert.Equal(result.Git!.Sha, Git("rev-parse", "HEAD"));
        Assert.Equal("", Git("status", "--porcelain"));
    }

    [Fact]
    public void MoveDeleteAndRestore_AreEachOneCommit_SoGitLogTellsTheWholeStory()
    {
        var service = Service(commit: true);
        var noEmail = new Author("2", "oskar", DisplayName: "Oskar Other");

        service.Rename(Refund, "articles/en/payments/refund.md", TextHash.Of(Original), noEmail);
        service.Delete("articles/en/payments/refund.md", TextHash.Of(Original), noEmail, "no longer offered");
        service.RestoreFromTrash(service.Trash.List()[0].Id, Lena);

        Assert.Equal(
            ["Lena Lead|Restored from trash", "Oskar Other|no longer offered", "Oskar Other|Moved from articles/en/refund.md", "Setup|initial"],
            Git("log", "--format=%an|%s").Split('\n'));
        Assert.Equal("oskar@users.knowledgebase.invalid", Git("log", "-1", "--skip=1", "--format=%ae"));
        Assert.Equal("", Git("status", "--porcelain"));
        Assert.Equal("A\tarticles/en/payments/refund.md", Git("show", "--name-status", "--format=", "HEAD"));
    }

    [Fact]
    public void Commit_TouchesOnlyTheChangedPaths_NotOtherWorkInTheTree()
    {
        var service = Service(commit: true);
        _content.Write("articles/en/draft-in-progress.md", "---\ntitle: Draft\n---\nNot mine to commit.\n");

        service.Save(Refund, "---\ntitle: Refunds\n---\nNew body.\n", TextHash.Of(Original), Lena);

        Assert.Equal("M\tarticles/en/refund.md", Git("show", "--name-status", "--format=", "HEAD"));
        Assert.Equal("?? articles/en/draft-in-progress.md", Git("status", "--porcelain"));
    }

    [Fact]
    public void WithCommitsOff_NothingIsCommitted_AndTheFileShowsUncommittedChanges()
    {
        var service = Service(commit: false);
        var git = new ContentGit(_paths, Microsoft.Extensions.Options.Options.Create(new ContentGitOptions()));
        Assert.False(git.HasUncommittedChanges(Refund));

        var result = service.Save(Refund, "---\ntitle: Refunds\n---\nNew body.\n", TextHash.Of(Original), Lena);

        Assert.Null(result.Git);
        Assert.Equal("initial", Git("log", "-1", "--format=%s"));
        Assert.True(git.HasUncommittedChanges(Refund));
    }

    [Fact]
    public void OutsideARepository_ThereIsNoGitStatus()
    {
        using var plain = new TempContentFolder();
        var git = new ContentGit(new KnowledgeBasePaths(plain.Root, _data), Microsoft.Extensions.Options.Options.Create(new ContentGitOptions()));

        Assert.Null(git.HasUncommittedChanges(Refund));
    }

    private AuthoringService Service(bool commit)
    {
        var git = new ContentGit(_paths, Microsoft.Extensions.Options.Options.Create(new ContentGitOptions { Commit = commit }), time: _time);
        return new AuthoringService(new ContentWriter(_paths), new RevisionStore(_database), new TrashStore(_database), _time, git);
    }

    private string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = _content.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        // The test must not depend on the machine's git configuration (or a global hooks path).
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output.TrimEnd('\n');
    }

    public void Dispose()
    {
        _database.Dispose();
        _content.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
