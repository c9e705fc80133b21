namespace KnowledgeBase.Search.Hosting;

/// <summary>Paths to re-read, and who waits for them to be applied.</summary>
internal sealed class PipelineStep(IReadOnlyCollection<string> paths)
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyCollection<string> Paths { get; } = paths;

    public Task Done => _done.Task;

    public void Complete() => _done.TrySetResult();

    public void Fail(Exception ex) => _done.TrySetException(ex);
}
