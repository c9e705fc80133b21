using System.Reflection;
using LiteDB.Engine;

namespace KnowledgeBase.Storage.Engine;

/// <summary>
/// Waits for LiteDB's log writer. LiteDB 5.0.20 returns from a commit once its pages are queued; a thread
/// of its own writes them to the log afterwards. On a full disk that write fails after the caller was told
/// "saved", and the change is lost. Waiting here until the queue is written (or a write failed) makes the
/// call that wrote report the failure itself. LiteDB has no public way to wait for it, so this reads the
/// writer's own "queue is empty" event (<c>LiteEngine._disk.Queue.Value._queueIsEmpty</c>) by reflection;
/// <see cref="ForEngine"/> fails loudly if a LiteDB upgrade renamed any of it.
/// </summary>
internal sealed class LogWriterProbe
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;
    private static readonly FieldInfo DiskField = typeof(LiteEngine).GetField("_disk", Private)
        ?? throw Changed("LiteEngine._disk");

    private readonly object _queue;
    private readonly PropertyInfo _isCreated;
    private readonly PropertyInfo _value;
    private ManualResetEventSlim? _queueIsEmpty;

    private LogWriterProbe(object queue)
    {
        _queue = queue;
        _isCreated = queue.GetType().GetProperty(nameof(Lazy<object>.IsValueCreated)) ?? throw Changed("DiskService.Queue.IsValueCreated");
        _value = queue.GetType().GetProperty(nameof(Lazy<object>.Value)) ?? throw Changed("DiskService.Queue.Value");
    }

    public static LogWriterProbe ForEngine(LiteEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var disk = DiskField.GetValue(engine) ?? throw Changed("LiteEngine._disk (null)");
        var queue = disk.GetType().GetProperty("Queue")?.GetValue(disk) ?? throw Changed("DiskService.Queue");
        return new LogWriterProbe(queue);
    }

    /// <summary>
    /// Waits until everything queued for the log so far is written, a write failed (<paramref name="faulted"/>),
    /// or <paramref name="timeout"/> passed; true unless it timed out.
    /// </summary>
    public bool WaitUntilWritten(WaitHandle faulted, TimeSpan timeout)
    {
        // The writer and its event are created with the first page LiteDB queues.
        if (_queueIsEmpty is null)
        {
            if (!(bool)_isCreated.GetValue(_queue)!)
            {
                return true;
            }

            var writer = _value.GetValue(_queue)!;
            _queueIsEmpty = writer.GetType().GetField("_queueIsEmpty", Private)?.GetValue(writer) as ManualResetEventSlim
                ?? throw Changed("DiskWriterQueue._queueIsEmpty");
        }

        return _queueIsEmpty.IsSet || WaitHandle.WaitAny([_queueIsEmpty.WaitHandle, faulted], timeout) != WaitHandle.WaitTimeout;
    }

    private static InvalidOperationException Changed(string member) =>
        new($"LiteDB's internals changed ({member} not found): KnowledgeBase.Storage waits for LiteDB 5.0.20's log writer; check Engine/LogWriterProbe.cs against the new version.");
}
