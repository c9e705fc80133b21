using KnowledgeBase.Storage.Engine;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeBase.Storage;

/// <summary>
/// The one embedded LiteDB database of the app (<c>data/knowledgebase.db</c>): accounts, activity,
/// revisions and insights. One instance per process, thread-safe. The stores never hold LiteDB's
/// objects: every call goes through <see cref="Use{T}"/>, which hands out the engine that is alive now.
/// When a read or write fails (a full disk, an I/O error), that engine is thrown away and the next call
/// opens the file again, so the app recovers on its own once the cause is gone.
/// </summary>
public sealed class KnowledgeBaseDatabase : IDisposable
{
    // LiteDB's own default: checkpoint (copy the log into the data file) once the log holds 1000 pages.
    private const long CheckpointLogBytes = 1000 * 8192;

    // A checkpoint waits for LiteDB's log writer; if that thread died without the engine noticing, the
    // wait never ends. Past this, the engine is given up for a new one (and its thread abandoned).
    private static readonly TimeSpan StuckCheckpoint = TimeSpan.FromMinutes(2);

    private readonly FileStream _lock;
    private readonly Func<string, Stream> _openFile;
    private readonly ILogger _logger;
    private readonly Lock _sessionGate = new();
    private readonly Lock _checkpointGate = new();
    private readonly ReaderWriterLockSlim _trashGate = new();
    private volatile DatabaseSession? _session;
    private volatile bool _reopen;
    private bool _disposed;

    private KnowledgeBaseDatabase(string file, FileStream fileLock, Func<string, Stream> openFile, ILogger logger)
    {
        File = file;
        _lock = fileLock;
        _openFile = openFile;
        _logger = logger;
    }

    /// <summary>The database file, as a full path.</summary>
    public string File { get; }

    /// <summary>Opens (or creates) the database file, creating its folder.</summary>
    /// <exception cref="DatabaseInUseException">Another process (the web app, or <c>kb</c>) has it open.</exception>
    /// <exception cref="DataFolderReadOnlyException">The data folder cannot be written.</exception>
    /// <exception cref="DatabaseCorruptException">The file is not a readable database.</exception>
    /// <exception cref="DatabaseIOException">Any other I/O failure (such as a full disk while creating the file).</exception>
    public static KnowledgeBaseDatabase Open(string file, ILogger? logger = null) => Open(file, OpenFile, logger);

    /// <summary>Opens the database with files opened by <paramref name="openFile"/> (tests: files that fail on demand).</summary>
    internal static KnowledgeBaseDatabase Open(string file, Func<string, Stream> openFile, ILogger? logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        ArgumentNullException.ThrowIfNull(openFile);
        file = Path.GetFullPath(file);
        var fileLock = DatabaseLock.Acquire(file);
        var database = new KnowledgeBaseDatabase(file, fileLock, openFile, logger ?? NullLogger.Instance);
        try
        {
            // Opened now, not on first use: a damaged or unwritable file stops the start with its reason.
            database.Current();
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>LiteDB's write-ahead log beside the database (<c>knowledgebase-log.db</c>); it belongs to the file.</summary>
    public static string LogFileOf(string file) => DatabaseSession.LogFileOf(file);

    /// <summary>
    /// Runs one call against the live engine. Materialise results inside <paramref name="operation"/>:
    /// a lazy query enumerated later would run outside the failure handling.
    /// </summary>
    /// <exception cref="DatabaseIOException">A read or write failed; the next call reopens the file.</exception>
    internal T Use<T>(Func<LiteDatabase, T> operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var session = Current();
        var faults = session.Faults;
        T result;

        // LiteDB 5.0.20 writes its log where the commit's wake-up of its writer runs inline, which .NET allows
        // only where no SynchronizationContext is set. Under one (Blazor's renderer has one) the write is
        // queued to the thread pool instead, behind the pool thread that then waits for it below; under load
        // every pool thread waited so (CI: 56 of 64, the app silent for two minutes). Without a context the
        // committing thread writes its own log before the commit returns (tests/…/LogWriterThreadTests.cs).
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            result = operation(session.Database);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Decided here rather than in a filter: LiteDB must have unwound (rolled back, released its locks) first.
            if (IsBroken(session, faults))
            {
                throw Retire(session, session.Fault ?? e);
            }

            throw;
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }

        // LiteDB writes its log on a thread of its own, after the commit returned: wait for it, so a write
        // that cannot be stored fails this call instead of being lost quietly.
        if (!session.WaitForLogWriter(StuckCheckpoint))
        {
            throw Retire(session, new TimeoutException($"LiteDB's log writer did not finish within {StuckCheckpoint}."));
        }

        if (session.Faults != faults)
        {
            throw Retire(session, session.Fault!);
        }

        CheckpointIfLarge(session);
        return result;
    }

    /// <summary>
    /// Copies the log into the data file. LiteDB writes its log on a thread of its own, so a commit returns
    /// before it is on disk; after this, everything committed so far is in the data file.
    /// </summary>
    /// <exception cref="DatabaseIOException">The checkpoint failed; the next call reopens the file.</exception>
    internal void Checkpoint()
    {
        lock (_checkpointGate)
        {
            Checkpoint(Current());
        }
    }

    /// <summary>
    /// Writes a consistent copy of the database to <paramref name="target"/> while the app keeps working:
    /// a checkpoint copies the log into the data file, and since checkpoints are only ever run by this class
    /// (see <see cref="DatabaseSession"/>), the data file does not change again until the copy is done. Reads
    /// and writes go on meanwhile; writes land in the log and are in the next backup.
    /// </summary>
    internal void CopyTo(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        lock (_checkpointGate)
        {
            var session = Current();
            Checkpoint(session);
            using var source = new FileStream(File, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            source.CopyTo(copy);
            copy.Flush(flushToDisk: true);
        }
    }

    /// <summary>
    /// Runs a change that moves files in or out of <c>data/trash/</c> together with its database record,
    /// so a backup (<see cref="WithTrashSettled"/>) never copies one without the other.
    /// </summary>
    internal T ChangingTrash<T>(Func<T> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _trashGate.EnterReadLock();
        try
        {
            return change();
        }
        finally
        {
            _trashGate.ExitReadLock();
        }
    }

    /// <summary>Runs <paramref name="action"/> while no trash change is in progress (see <see cref="ChangingTrash{T}"/>).</summary>
    internal T WithTrashSettled<T>(Func<T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        _trashGate.EnterWriteLock();
        try
        {
            return action();
        }
        finally
        {
            _trashGate.ExitWriteLock();
        }
    }

    public void Dispose()
    {
        lock (_sessionGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_session is { } session)
            {
                _session = null;
                Close(session);
            }

            _lock.Dispose();
            _trashGate.Dispose();
        }
    }

    private static Stream OpenFile(string path) =>
        // Unbuffered: LiteDB writes whole pages, and a failed write must fail at once, not at a later flush.
        new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0, FileOptions.RandomAccess);

    private DatabaseSession Current()
    {
        var session = _session;
        if (session is { IsFaulted: false })
        {
            return session;
        }

        lock (_sessionGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_session is { IsFaulted: true } faulted)
            {
                Retire(faulted, faulted.Fault!);
            }

            if (_session is null)
            {
                try
                {
                    _session = DatabaseSession.Open(File, _openFile);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw OpenErrors.Explain(File, e);
                }

                if (_reopen)
                {
                    _reopen = false;
                    _logger.LogInformation("Reopened the database {File} after a failed read or write", File);
                }
            }

            return _session;
        }
    }

    // Whether the call failed because the engine did: a file read or write failed during it, or the engine
    // has closed itself (LiteDB then throws its first error, or a follow-up one, on every call). Anything
    // else (a duplicate key, a bad argument) is the call's own business and leaves the engine alone.
    private static bool IsBroken(DatabaseSession session, int faultsBefore)
    {
        if (session.Faults != faultsBefore || session.IsFaulted)
        {
            return true;
        }

        try
        {
            session.Database.GetCollectionNames();
            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return true;
        }
    }

    private DatabaseIOException Retire(DatabaseSession session, Exception cause)
    {
        lock (_sessionGate)
        {
            if (ReferenceEquals(_session, session))
            {
                _session = null;
            }
        }

        if (session.Abandon())
        {
            _reopen = true;
            _logger.LogError(cause, "A read or write of the database {File} failed ({Reason}); the file is reopened on the next call", File, cause.Message);
        }

        return new DatabaseIOException(File, cause);
    }

    private void CheckpointIfLarge(DatabaseSession session)
    {
        if (!session.IsLogLargerThan(CheckpointLogBytes) || !_checkpointGate.TryEnter())
        {
            return;
        }

        try
        {
            Checkpoint(session);
        }
        catch (DatabaseIOException)
        {
            // The call itself succeeded and its change is in the log; the failure is logged by Retire.
        }
        finally
        {
            _checkpointGate.Exit();
        }
    }

    // On a thread of its own, watched: LiteDB's checkpoint first waits for its log writer, forever if that
    // thread died. A failed write of our files, or a very long wait, gives the engine up instead.
    private void Checkpoint(DatabaseSession session)
    {
        var checkpoint = Task.Factory.StartNew(() => session.Database.Checkpoint(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        WaitHandle.WaitAny([((IAsyncResult)checkpoint).AsyncWaitHandle, session.FaultedHandle], StuckCheckpoint);
        if (session.IsFaulted)
        {
            throw Retire(session, session.Fault!);
        }

        if (!checkpoint.IsCompleted)
        {
            throw Retire(session, new TimeoutException($"LiteDB's checkpoint did not finish within {StuckCheckpoint}."));
        }

        if (checkpoint.Exception?.GetBaseException() is { } error)
        {
            throw IsBroken(session, session.Faults) ? Retire(session, error) : new DatabaseIOException(File, error);
        }
    }

    private void Close(DatabaseSession session)
    {
        try
        {
            if (!session.IsFaulted)
            {
                // With LiteDB's own checkpoints off, nothing else merges the log before the file is closed.
                Checkpoint(session);
            }
        }
        catch (DatabaseIOException)
        {
            // The log keeps what the checkpoint could not copy; the next open reads it back.
        }

        if (!session.Close(StuckCheckpoint))
        {
            _logger.LogWarning("The database {File} did not close within {Timeout}; its files were closed anyway", File, StuckCheckpoint);
        }

        try
        {
            // LiteDB deletes an empty log when it owns the file; with streams given to it, it leaves it.
            var log = new FileInfo(LogFileOf(File));
            if (log is { Exists: true, Length: 0 })
            {
                log.Delete();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An empty log left behind is harmless.
        }
    }
}
