using System.Text;
using LiteDB;
using LiteDB.Engine;

namespace KnowledgeBase.Storage.Engine;

/// <summary>
/// One opened LiteDB engine over the database file and its log, through streams this class owns.
/// LiteDB 5.0.20 keeps an engine closed for good after an I/O error (every later call throws the first
/// error, even once the disk has space again), and can leave threads waiting forever on its dead log
/// writer; so the owner (<see cref="KnowledgeBaseDatabase"/>) throws a faulted session away and opens a new one.
/// </summary>
internal sealed class DatabaseSession
{
    private const int PageSize = 8192; // LiteDB's page size: the file header is the first page.
    private const string Signature = "** This is a LiteDB file **";
    private const int SignatureOffset = 32;
    private const int FileVersionOffset = 59;
    private const byte FileVersion = 8;

    private readonly WatchedStream _data;
    private readonly WatchedStream _log;
    private readonly ManualResetEventSlim _faulted = new();
    private Exception? _fault;
    private int _faults;
    private int _abandoned;

    private DatabaseSession(WatchedStream data, WatchedStream log)
    {
        _data = data;
        _log = log;
    }

    public LiteDatabase Database { get; private set; } = null!;

    private LogWriterProbe LogWriter { get; set; } = null!;

    /// <summary>How many reads or writes of the files failed so far.</summary>
    public int Faults => Volatile.Read(ref _faults);

    /// <summary>The first failed read or write, if any.</summary>
    public Exception? Fault => Volatile.Read(ref _fault);

    public bool IsFaulted => Faults > 0;

    /// <summary>Set on the first failure: a checkpoint waiting for LiteDB's log writer stops waiting then.</summary>
    public WaitHandle FaultedHandle => _faulted.WaitHandle;

    /// <summary>Whether the log (what the next checkpoint copies into the data file) has grown past <paramref name="bytes"/>.</summary>
    public bool IsLogLargerThan(long bytes)
    {
        try
        {
            return _log.Length > bytes;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // Abandoned meanwhile, or failing: the next call deals with it.
            return false;
        }
    }

    /// <summary>LiteDB's log file beside the data file (its own naming: <c>name-log.ext</c>).</summary>
    public static string LogFileOf(string file) =>
        Path.Combine(Path.GetDirectoryName(file) ?? "", Path.GetFileNameWithoutExtension(file) + "-log" + Path.GetExtension(file));

    /// <summary>
    /// Opens the files and the engine, and reads every collection's size once, so a damaged file is
    /// reported now rather than by some later request.
    /// </summary>
    /// <exception cref="DatabaseCorruptException">The file is not a readable database.</exception>
    public static DatabaseSession Open(string file, Func<string, Stream> openFile)
    {
        WatchedStream? data = null;
        WatchedStream? log = null;
        DatabaseSession? session = null;
        try
        {
            session = new DatabaseSession(
                data = new WatchedStream(openFile(file), e => session?.OnFault(e)),
                log = new WatchedStream(openFile(LogFileOf(file)), e => session?.OnFault(e)));
            ThrowIfNotADatabase(file, data);
            (session.Database, session.LogWriter) = OpenEngine(file, data, log);
            return session;
        }
        catch
        {
            data?.Dispose();
            log?.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Stops the engine from touching the files and lets it go: its streams are fenced and closed now, so a
    /// new session can open the files at once; the engine itself is disposed on a thread of its own, since
    /// LiteDB's dispose can wait forever for a log writer that died. True the first time.
    /// </summary>
    public bool Abandon()
    {
        if (Interlocked.Exchange(ref _abandoned, 1) == 1)
        {
            return false;
        }

        _data.Dispose();
        _log.Dispose();
        var database = Database;
        if (database is not null)
        {
            new Thread(() => DisposeQuietly(database)) { IsBackground = true, Name = "abandoned LiteDB engine" }.Start();
        }

        return true;
    }

    /// <summary>Closes the engine and the files; false when LiteDB did not finish within <paramref name="timeout"/> (the files are closed anyway).</summary>
    public bool Close(TimeSpan timeout)
    {
        if (Interlocked.Exchange(ref _abandoned, 1) == 1)
        {
            return true;
        }

        var database = Database;
        var closed = database is null || Task.Factory.StartNew(() => database.Dispose(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            .ContinueWith(t => t.Exception is null, TaskScheduler.Default)
            .Wait(timeout);
        _data.Dispose();
        _log.Dispose();
        return closed;
    }

    private void OnFault(Exception error)
    {
        Interlocked.CompareExchange(ref _fault, error, null);
        Interlocked.Increment(ref _faults);
        _faulted.Set();
    }

    /// <summary>
    /// Waits until LiteDB's log writer has written what was committed so far (see <see cref="LogWriterProbe"/>);
    /// false when it neither finished nor failed within <paramref name="timeout"/>.
    /// </summary>
    public bool WaitForLogWriter(TimeSpan timeout) => LogWriter.WaitUntilWritten(FaultedHandle, timeout);

    private static (LiteDatabase Database, LogWriterProbe LogWriter) OpenEngine(string file, Stream data, Stream log)
    {
        LiteDatabase? database = null;
        LiteEngine engine;
        try
        {
            engine = new LiteEngine(new EngineSettings { DataStream = data, LogStream = log });
            database = new LiteDatabase(engine);

            // LiteDB checkpoints by itself at the end of a commit once the log is large; if its log writer has
            // just died (disk full) that commit then waits forever. The owner checkpoints instead, watched.
            if (database.CheckpointSize != 0)
            {
                database.CheckpointSize = 0;
            }

            foreach (var name in database.GetCollectionNames())
            {
                database.GetCollection(name).Count();
            }
        }
        catch (Exception e) when (e is not (IOException or UnauthorizedAccessException or OutOfMemoryException))
        {
            DisposeQuietly(database);

            // LiteDB reports a damaged file with whatever its reader trips over: its own exceptions, and
            // NotImplementedException, ArgumentOutOfRangeException or a decoder error from garbage bytes.
            throw new DatabaseCorruptException(file, e.Message, e);
        }
        catch
        {
            DisposeQuietly(database);
            throw;
        }

        try
        {
            return (database, LogWriterProbe.ForEngine(engine));
        }
        catch
        {
            DisposeQuietly(database);
            throw;
        }
    }

    // LiteDB (re)creates an empty database over any file shorter than one page, and a garbage file fails deep
    // inside the engine: check the header ourselves first. An empty file is a new database, as for LiteDB.
    private static void ThrowIfNotADatabase(string file, Stream data)
    {
        var length = data.Length;
        if (length == 0)
        {
            return;
        }

        if (length < PageSize)
        {
            throw new DatabaseCorruptException(file, $"only {length} bytes long, shorter than a database's first page");
        }

        var header = new byte[FileVersionOffset + 1];
        data.Position = 0;
        data.ReadExactly(header);
        if (Encoding.ASCII.GetString(header, SignatureOffset, Signature.Length) != Signature || header[FileVersionOffset] != FileVersion)
        {
            throw new DatabaseCorruptException(file, "its first page is not a LiteDB 5 header");
        }
    }

    private static void DisposeQuietly(LiteDatabase? database)
    {
        try
        {
            database?.Dispose();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An engine that already failed reports that failure again on dispose; it was logged when it happened.
        }
    }
}
