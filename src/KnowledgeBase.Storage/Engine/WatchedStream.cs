namespace KnowledgeBase.Storage.Engine;

/// <summary>
/// The data or log file as LiteDB sees it (<c>EngineSettings.DataStream</c>/<c>LogStream</c>). It adds the
/// two things LiteDB 5.0.20 cannot do itself after a failed write: tell its owner at once (LiteDB reports it
/// later, as some other exception, or never, when a thread waits for its dead log writer), and be fenced:
/// once <see cref="Fence"/> returns, the engine behind it can no longer read or write the file, so a new
/// engine can take the file over while threads of the old one are still unwinding.
/// </summary>
internal sealed class WatchedStream(Stream inner, Action<Exception> onFault) : Stream
{
    private bool _fenced;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => Guard(() => inner.Length);

    public override long Position
    {
        get => Guard(() => inner.Position);
        set => Guard(() => inner.Position = value);
    }

    /// <summary>
    /// Waits for the read or write in progress and refuses every later one. LiteDB's ConcurrentStream
    /// locks this very object around each positioned read and write, so taking the same lock here is
    /// what makes the fence exact.
    /// </summary>
    public void Fence()
    {
        lock (this)
        {
            _fenced = true;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Guard(() => inner.Read(buffer, offset, count));

    public override void Write(byte[] buffer, int offset, int count) => Guard(() => inner.Write(buffer, offset, count));

    public override long Seek(long offset, SeekOrigin origin) => Guard(() => inner.Seek(offset, origin));

    public override void SetLength(long value) => Guard(() => inner.SetLength(value));

    // LiteDB calls FileStream.Flush(true) on its own files; a wrapped file must reach the disk just the same.
    public override void Flush() => Guard(() =>
    {
        if (inner is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            inner.Flush();
        }
    });

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Fence();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Guard(Action action) => Guard(() =>
    {
        action();
        return true;
    });

    private T Guard<T>(Func<T> action)
    {
        lock (this)
        {
            ObjectDisposedException.ThrowIf(_fenced, this);
            try
            {
                return action();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                onFault(e);
                throw;
            }
        }
    }
}
