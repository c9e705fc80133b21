using System.Security.Cryptography;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Media;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KnowledgeBase.Cluster.Changes;

/// <summary>
/// Several nodes: every save is one PostgreSQL transaction. It locks the row of each path it
/// touches, compares the version the lead opened with the latest any node saved (refusing an old
/// base on every node), writes this node's file through <see cref="ContentWriter"/>, appends the
/// change to the log and notifies the other nodes, who apply it (<see cref="ChangeApplier"/>).
/// If the change cannot be recorded, this node's files are put back: no node has it, and the lead
/// is told nothing was saved.
/// </summary>
internal sealed partial class PostgresContentWrites(
    ContentWriter writer,
    ClusterDatabase database,
    NodeContentGate gate,
    NodeState state,
    IOptions<ClusterOptions> options,
    ILogger<PostgresContentWrites> logger) : IContentWrites
{
    private readonly string _node = options.Value.ResolveNodeName();

    public SaveResult Create(string relativePath, string text) =>
        Change([PathExpectation.Absent(relativePath)], () => writer.Create(relativePath, text), r => r, r => r);

    public SaveResult Save(string relativePath, string text, string expectedHash) =>
        Change([PathExpectation.Version(relativePath, expectedHash)], () => writer.Save(relativePath, text, expectedHash), r => r, r => r);

    public SaveResult Rename(string fromPath, string toPath, string expectedHash) =>
        Change([PathExpectation.Version(fromPath, expectedHash), PathExpectation.Absent(toPath)], () => writer.Rename(fromPath, toPath, expectedHash), r => r, r => r);

    public (TrashedFile? Trashed, SaveResult Result) Trash(string relativePath, string expectedHash, DateTimeOffset now) =>
        Change([PathExpectation.Version(relativePath, expectedHash)], () => writer.Trash(relativePath, expectedHash, now), r => r.Result, r => (null, r), r => r.Trashed?.TrashPath);

    public SaveResult Untrash(string trashPath, string relativePath) =>
        Change([PathExpectation.Absent(relativePath)], () => writer.Untrash(trashPath, relativePath), r => r, r => r);

    /// <summary>
    /// Attached files are named by a hash of their bytes, so no version check is needed: the file is
    /// written here, and recorded once (the first time any node attaches it) for every other node to
    /// copy. A file an earlier, failed attempt left here is recorded when it is attached again.
    /// </summary>
    public SaveResult CreateMedia(string relativePath, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var path = MediaPaths.Resolve(writer.ContentRoot, relativePath, out var problem)?.RelativePath
            ?? throw new InvalidContentPathException(relativePath, problem ?? "not a media path");
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var entered = gate.Enter();
        try
        {
            using var connection = database.Open();
            using var transaction = connection.BeginTransaction();
            var head = ChangeLog.LockHead(connection, transaction, path, deployedHash: null);
            if (head.ChangeId is not null && head.Hash != hash)
            {
                // Another node stored other bytes under this name: the caller names the file by its full hash.
                transaction.Rollback();
                return new SaveResult(SaveStatus.Conflict, path);
            }

            var result = writer.CreateMedia(path, bytes);
            if (result.Status is SaveStatus.Saved or SaveStatus.AlreadyExists && head.ChangeId is null)
            {
                ChangeLog.Notify(connection, transaction, ChangeLog.Append(connection, transaction, new ChangeRow(path, null, null, null, hash, _node, bytes)));
            }

            transaction.Commit();
            return result;
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            LogUnavailable(logger, e, path);
            throw new ContentWriteException(path, WriteProblem.SharedStoreUnavailable, e);
        }
    }

    private T Change<T>(
        IReadOnlyList<PathExpectation> expectations,
        Func<T> write,
        Func<T, SaveResult> resultOf,
        Func<SaveResult, T> refused,
        Func<T, string?>? trashPathOf = null)
    {
        // Canonical paths, locked in one order: two saves touching the same two paths cannot deadlock.
        var expected = expectations
            .Select(e => e with { Path = AuthoringPaths.Resolve(writer.ContentRoot, e.Path).RelativePath })
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        using var entered = gate.Enter();
        NpgsqlConnection? connection = null;
        NpgsqlTransaction? transaction = null;
        try
        {
            connection = database.Open();
            transaction = connection.BeginTransaction();
            var before = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var expectation in expected)
            {
                var (local, head) = LockLatest(connection, transaction, expectation.Path);
                before[expectation.Path] = local?.Text;
                if (!expectation.IsMetBy(head.Hash))
                {
                    transaction.Rollback();
                    var current = head.Hash is null ? null : new StoredText(expectation.Path, head.Text ?? local?.Text ?? "", head.Hash);
                    return refused(new SaveResult(expectation.MustBeAbsent ? SaveStatus.AlreadyExists : SaveStatus.Conflict, expectation.Path, Current: current));
                }
            }

            return WriteAndRecord(connection, transaction, expected, before, write, resultOf, trashPathOf);
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            LogUnavailable(logger, e, expected[0].Path);
            throw new ContentWriteException(expected[0].Path, WriteProblem.SharedStoreUnavailable, e);
        }
        finally
        {
            transaction?.Dispose();
            connection?.Dispose();
        }
    }

    /// <summary>
    /// Locks the path and reads its latest version. When another node's change of it has not reached
    /// this node yet, it is applied first: the latest version is what the lead's save builds on.
    /// </summary>
    private (StoredText? Local, PathHead Head) LockLatest(NpgsqlConnection connection, NpgsqlTransaction transaction, string path)
    {
        var local = writer.Read(path);
        var head = ChangeLog.LockHead(connection, transaction, path, local?.Hash);
        if (head.ChangeId is not null && head.Hash != local?.Hash)
        {
            local = writer.Apply(path, head.Text);
        }

        return (local, head);
    }

    private T WriteAndRecord<T>(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        List<PathExpectation> expected,
        Dictionary<string, string?> before,
        Func<T> write,
        Func<T, SaveResult> resultOf,
        Func<T, string?>? trashPathOf)
    {
        state.BeginSave(before);
        T outcome;
        try
        {
            outcome = write();
        }
        catch
        {
            // The writer leaves the file as it was when it fails; nothing to record or put back.
            state.EndSave();
            throw;
        }

        if (!resultOf(outcome).IsSaved)
        {
            transaction.Rollback();
            state.EndSave();
            return outcome;
        }

        try
        {
            long last = 0;
            foreach (var expectation in expected)
            {
                var now = writer.Read(expectation.Path);
                var trashPath = now is null ? trashPathOf?.Invoke(outcome) : null;
                last = ChangeLog.Append(connection, transaction, new ChangeRow(expectation.Path, now?.Text, trashPath, expectation.Hash, now?.Hash, _node));
            }

            ChangeLog.Notify(connection, transaction, last);
            transaction.Commit();
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            // No other node has the change: this one must not either. (Had the commit reached the
            // database after all, the change's notification brings the files back to it.)
            if (PutBack(before))
            {
                state.EndSave();
            }

            throw;
        }

        state.EndSave();
        return outcome;
    }

    /// <summary>Writes the texts back; false when one could not be (the journal then stays for the next start).</summary>
    private bool PutBack(Dictionary<string, string?> before)
    {
        var all = true;
        foreach (var (path, text) in before)
        {
            try
            {
                writer.Apply(path, text);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                LogPutBackFailed(logger, e, path);
                all = false;
            }
        }

        return all;
    }

    private static bool IsDatabaseFailure(Exception e) => e is NpgsqlException or TimeoutException or InvalidOperationException;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving {Path} failed: the shared database did not answer; nothing was saved")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Putting {Path} back after a failed save failed")]
    private static partial void LogPutBackFailed(ILogger logger, Exception exception, string path);
}
