namespace KnowledgeBase.Content.Tests.Authoring;

/// <summary>
/// A real file stream that fails like a full disk (ENOSPC, HResult 28) once <paramref name="allowedBytes"/>
/// are written, so the writer's failure paths run on any machine.
/// </summary>
internal sealed class FailingStream(FileStream inner, long allowedBytes) : Stream
{
    public const int NoSpaceLeft = 28;

    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_written + buffer.Length > allowedBytes)
        {
            var fits = (int)Math.Max(0, allowedBytes - _written);
            inner.Write(buffer[..fits]);
            _written += fits;
            throw new IOException("No space left on device", NoSpaceLeft);
        }

        inner.Write(buffer);
        _written += buffer.Length;
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
