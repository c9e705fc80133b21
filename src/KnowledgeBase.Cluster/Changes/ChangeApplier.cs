using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Media;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KnowledgeBase.Cluster.Changes;

/// <summary>
/// Brings this node's content folder up to the change log: every change after the last one applied
/// here, only the latest per path (earlier ones are overwritten anyway), each written atomically by
/// <see cref="ContentWriter.Apply"/> so the folder watcher re-indexes it like any saved file (attached
/// files by <see cref="ContentWriter.CreateMedia"/>, read from the log one at a time and only when missing here).
/// </summary>
internal sealed partial class ChangeApplier(ContentWriter writer, NodeContentGate gate, NodeState state, ILogger<ChangeApplier> logger)
{
    /// <summary>Raised after a catch-up, with the id of the last change now applied here (tests wait on it).</summary>
    public event Action<long>? Applied;

    /// <summary>Applies what is new since the last applied id; returns how many files changed.</summary>
    public async Task<int> CatchUpAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        int written;
        long last;
        using (await gate.EnterAsync(cancellationToken))
        {
            var changes = await ChangeLog.SinceAsync(connection, state.LastApplied(), cancellationToken);
            if (changes.Count == 0)
            {
                return 0;
            }

            written = 0;
            foreach (var change in changes.Where(c => c.IsLatest))
            {
                if (change.IsMedia)
                {
                    written += await ApplyMediaAsync(connection, change, cancellationToken) ? 1 : 0;
                    continue;
                }

                // This node's own saves, and changes a save here already pulled in, are there already.
                if (writer.Read(change.Path)?.Hash != change.NewHash)
                {
                    writer.Apply(change.Path, change.Content, change.TrashPath);
                    written++;
                }
            }

            last = changes[^1].Id;
            state.SetLastApplied(last);
        }

        if (written > 0)
        {
            LogApplied(logger, written, last);
        }

        Applied?.Invoke(last);
        return written;
    }

    /// <summary>
    /// After a stop in the middle of a save: a path some node changed gets its latest version (which
    /// is this save's text if its commit went through), any other path its text from before the save.
    /// </summary>
    public async Task RecoverUnfinishedSaveAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        using (await gate.EnterAsync(cancellationToken))
        {
            if (state.UnfinishedSave() is not { } before)
            {
                return;
            }

            foreach (var (path, text) in before)
            {
                var head = await ChangeLog.FindAsync(connection, path, cancellationToken);
                writer.Apply(path, head is null ? text : head.Text);
            }

            state.EndSave();
            LogRecovered(logger, string.Join(", ", before.Keys));
        }
    }

    // Named by a hash of their bytes: a file already here is the same file, and its bytes are not even
    // read. A path this node refuses for good (a symbolic link in its media folder) is reported and
    // skipped: one bad row must not stop the rest. A write that fails (a full disk) fails the catch-up,
    // as a document's does, so the file is written when the catch-up is retried.
    private async Task<bool> ApplyMediaAsync(NpgsqlConnection connection, LoggedChange change, CancellationToken cancellationToken)
    {
        var path = change.Path;
        try
        {
            var resolved = MediaPaths.Resolve(writer.ContentRoot, path, out var problem)
                ?? throw new InvalidContentPathException(path, problem ?? "not a media path");
            if (File.Exists(resolved.FullPath) || await ChangeLog.MediaAsync(connection, change.Id, cancellationToken) is not { } bytes)
            {
                return false;
            }

            var result = writer.CreateMedia(path, bytes);
            if (result.Status == SaveStatus.Conflict)
            {
                LogMediaNotApplied(logger, path, "other bytes are already there");
            }

            return result.Status == SaveStatus.Saved;
        }
        catch (InvalidContentPathException e)
        {
            LogMediaNotApplied(logger, path, e.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The attached file {Path} from another node was not written here: {Reason}")]
    private static partial void LogMediaNotApplied(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} content changes from other nodes (up to change {Last})")]
    private static partial void LogApplied(ILogger logger, int count, long last);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Put back {Paths} after a save this node did not finish")]
    private static partial void LogRecovered(ILogger logger, string paths);
}
