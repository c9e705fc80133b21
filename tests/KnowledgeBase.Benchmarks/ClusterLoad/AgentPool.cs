namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>
/// The agents of one rig: opened in parallel through nginx (each its own cookie jar, so its own
/// kb_node), typing until the pool is disposed. Agents are kept from step to step; a step adds the
/// missing ones.
/// </summary>
internal sealed class AgentPool(ClusterRig rig, IReadOnlyList<string> queries) : IAsyncDisposable
{
    // Opening a tab is a page render plus a circuit start; a handful at a time, as tabs opening in a
    // contact centre's morning would, without queueing hundreds of page renders at once.
    private const int OpenInParallel = 8;

    private readonly List<TypingAgent> _agents = [];
    private readonly List<BlazorCircuit> _idle = [];
    private readonly List<Task> _running = [];
    private readonly CancellationTokenSource _stop = new();

    /// <summary>Agents and idle circuits that could not be opened.</summary>
    public int FailedOpens { get; private set; }

    public int Count => _agents.Count;

    public int IdleCount => _idle.Count;

    /// <summary>Opens agents until there are <paramref name="count"/>, each starting to type at once (at its own random offset).</summary>
    public async Task GrowTypingAsync(int count, CancellationToken cancellation)
    {
        var circuits = await OpenAsync(count - _agents.Count, cancellation);
        foreach (var circuit in circuits)
        {
            var agent = new TypingAgent(_agents.Count, circuit, queries, seed: 17_000 + _agents.Count);
            _agents.Add(agent);
            _running.Add(RunQuietlyAsync(agent));
        }
    }

    /// <summary>Opens circuits that only sit there (a tab left open): for memory per connected agent.</summary>
    public async Task GrowIdleAsync(int count, CancellationToken cancellation) =>
        _idle.AddRange(await OpenAsync(count - _idle.Count, cancellation));

    public async Task CloseIdleAsync()
    {
        foreach (var circuit in _idle)
        {
            await circuit.DisposeAsync();
        }

        _idle.Clear();
    }

    /// <summary>Every agent's samples and unanswered keys since the last call.</summary>
    public (List<double> Samples, int Unanswered) Take()
    {
        var samples = new List<double>();
        var unanswered = 0;
        foreach (var agent in _agents)
        {
            var (taken, missed) = agent.Take();
            samples.AddRange(taken);
            unanswered += missed;
        }

        return (samples, unanswered);
    }

    public int Errors => _agents.Sum(a => a.Circuit.Errors) + _idle.Sum(c => c.Errors);

    public int Disconnects => _agents.Count(a => a.Circuit.Disconnected) + _idle.Count(c => c.Disconnected);

    private async Task<List<BlazorCircuit>> OpenAsync(int count, CancellationToken cancellation)
    {
        var opened = new List<BlazorCircuit>();
        using var gate = new SemaphoreSlim(OpenInParallel);
        await Task.WhenAll(Enumerable.Range(0, Math.Max(0, count)).Select(async _ =>
        {
            await gate.WaitAsync(cancellation);
            try
            {
                var circuit = await BlazorCircuit.OpenAsync(rig.Address, rig.NewAgentCookies(), cancellation);
                lock (opened)
                {
                    opened.Add(circuit);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TimeoutException or IOException
                or System.Net.WebSockets.WebSocketException || (e is OperationCanceledException && !cancellation.IsCancellationRequested))
            {
                // A tab that does not open is counted and reported, not a reason to end the run.
                lock (opened)
                {
                    FailedOpens++;
                    if (FailedOpens <= 3)
                    {
                        Console.Error.WriteLine($"  could not open a circuit: {e.Message}");
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        return opened;
    }

    private async Task RunQuietlyAsync(TypingAgent agent)
    {
        try
        {
            await agent.RunAsync(_stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or HttpRequestException)
        {
            // A send on a closed circuit: counted as a disconnect by the circuit.
        }
    }

    /// <summary>Stops the typing and leaves the agents' circuits open (memory after typing).</summary>
    public async Task StopTypingAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running);
    }

    /// <summary>Stops the typing and closes the agents' circuits.</summary>
    public async Task CloseTypingAsync()
    {
        await StopTypingAsync();
        foreach (var agent in _agents)
        {
            await agent.Circuit.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseTypingAsync();
        await CloseIdleAsync();
        _stop.Dispose();
    }
}
