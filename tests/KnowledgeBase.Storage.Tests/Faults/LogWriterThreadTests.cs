using KnowledgeBase.Application.Accounts;
using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Storage.Tests.Faults;

/// <summary>
/// Blazor runs a page's code under its renderer's <see cref="SynchronizationContext"/>. Under one, LiteDB
/// 5.0.20 does not write its log on the committing thread but queues the write to the thread pool (its
/// writer awaits an event whose continuation only runs inline where no context is set), and
/// <see cref="KnowledgeBaseDatabase"/> then waits for that write holding a pool thread. Under load every
/// pool thread waited for writes queued behind them: in CI 56 of 64 threads sat in that wait and the app
/// answered nothing for two minutes (reproduced in a console app with two pool threads: each commit made
/// under a context waited 5 s and timed out; without a context both were written before the commit returned).
/// </summary>
public sealed class LogWriterThreadTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kb-tests", "log-writer-" + Guid.NewGuid().ToString("N"));
    private readonly FailingFiles _files = new();
    private readonly KnowledgeBaseDatabase _database;
    private readonly UserStore _users;

    public LogWriterThreadTests()
    {
        _database = KnowledgeBaseDatabase.Open(Path.Combine(_folder, "knowledgebase.db"), _files.Open, logger: null);
        _users = new UserStore(_database);

        // The engine's first commit starts LiteDB's writer on a thread of its own; the cases below are the later ones.
        _users.Create(new UserAccount { UserName = "ada", PasswordHash = "x" });
    }

    [Fact]
    public void ACommitMadeUnderARenderersContext_IsWrittenToTheLog_ByTheThreadThatCommitted()
    {
        var log = KnowledgeBaseDatabase.LogFileOf(_database.File);
        _files.Writes.Clear();
        Exception? failure = null;
        SynchronizationContext? contextAfter = null;
        var committer = new Thread(() =>
        {
            try
            {
                SynchronizationContext.SetSynchronizationContext(new RendererLikeContext());
                _users.Create(new UserAccount { UserName = "bea", PasswordHash = "x" });
                contextAfter = SynchronizationContext.Current;
            }
            catch (Exception e)
            {
                failure = e;
            }
        });

        committer.Start();
        committer.Join();

        Assert.Null(failure);
        Assert.IsType<RendererLikeContext>(contextAfter);

        var logWriters = _files.Writes.Where(w => w.File == log).Select(w => w.Thread).Distinct().ToList();
        Assert.NotEmpty(logWriters);
        Assert.Equal([committer.ManagedThreadId], logWriters);
        Assert.Equal(["ada", "bea"], _users.List().Select(u => u.UserName));
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Any context other than the default one stops LiteDB's writer from running inline, as Blazor's does.</summary>
    private sealed class RendererLikeContext : SynchronizationContext;
}
