namespace KnowledgeBase.Cluster.Changes;

/// <summary>
/// One change of this node's content folder at a time: a save (from its row lock to its commit) and
/// applying other nodes' changes never interleave, so an older change cannot land over a newer save.
/// </summary>
internal sealed class NodeContentGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public IDisposable Enter()
    {
        _gate.Wait();
        return new Releaser(_gate);
    }

    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        return new Releaser(_gate);
    }

    public void Dispose() => _gate.Dispose();

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
