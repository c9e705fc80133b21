namespace KnowledgeBase.Storage.Tests.Faults;

/// <summary>
/// Opens the database's files as real files whose writes fail on demand, the way a full disk fails
/// them (an <see cref="IOException"/> with ENOSPC), for <see cref="KnowledgeBaseDatabase"/>'s test seam.
/// </summary>
internal sealed class FailingFiles
{
    private volatile bool _full;

    /// <summary>How many writes were refused.</summary>
    public int Refused;

    public bool DiskFull
    {
        get => _full;
        set => _full = value;
    }

    /// <summary>Every write so far: which file, and the managed thread that wrote it.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<(string File, int Thread)> Writes { get; } = new();

    public Stream Open(string path) =>
        new FailingStream(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0), this);

    private void ThrowIfFull()
    {
        if (_full)
        {
            Interlocked.Increment(ref Refused);
            throw new IOException("No space left on device (injected)", 28);
        }
    }

    private sealed class FailingStream(FileStream inner, FailingFiles files) : Stream
    {
        public override bool CanRead => inner.CanRead;

        public override bool CanSeek => inner.CanSeek;

        public override bool CanWrite => inner.CanWrite;

        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override void Flush() => inner.Flush(flushToDisk: true);

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value)
        {
            if (value > inner.Length)
            {
                files.ThrowIfFull();
            }

            inner.SetLength(value);
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            files.ThrowIfFull();
            files.Writes.Enqueue((inner.Name, Environment.CurrentManagedThreadId));
            inner.Write(buffer, offset, count);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
