using System.Diagnostics;

namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>
/// One agent searching over its circuit: types a query a key every <see cref="KeyIntervalMs"/>
/// (every change sent at once, as search-box.js does: no debounce), waits for the results of its
/// last key, reads them for 2–4 s, presses Esc (which clears the box), and types the next query.
/// A keystroke's latency runs from sending its Typed call to the first render batch showing results
/// for it or a later change (the server may coalesce a burst into one search): the server's answer on
/// the wire, without the browser's paint. Sequence numbers are this agent's own 8–9 digit range so a
/// batch can be searched for them as strings (<see cref="RenderBatchScan"/>).
/// </summary>
internal sealed class TypingAgent
{
    /// <summary>A fast typist, the pace of the UI benchmark's agents (about 8 keys a second).</summary>
    public const int KeyIntervalMs = 120;

    /// <summary>Reading the results before the next query, drawn uniformly per query.</summary>
    public const int ReadMinMs = 2000;

    public const int ReadMaxMs = 4000;

    // A key not answered within this is counted as unanswered rather than waited for.
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);

    private readonly BlazorCircuit _circuit;
    private readonly IReadOnlyList<string> _queries;
    private readonly Random _random;
    private readonly List<(long Sequence, byte[] Needle, long Sent)> _pending = [];
    private readonly List<double> _samples = [];
    private readonly object _gate = new();
    private TaskCompletionSource _allAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sequence;
    private int _unanswered;

    public TypingAgent(int index, BlazorCircuit circuit, IReadOnlyList<string> queries, int seed)
    {
        _circuit = circuit;
        _queries = queries;
        _random = new Random(seed);
        _sequence = 10_000_000L + (index * 100_000L);
        circuit.BatchReceived = OnBatch;
    }

    public BlazorCircuit Circuit => _circuit;

    /// <summary>Latencies (ms) of the keys answered since the last call, and keys given up on; then forgotten.</summary>
    public (List<double> Samples, int Unanswered) Take()
    {
        lock (_gate)
        {
            var taken = (new List<double>(_samples), _unanswered);
            _samples.Clear();
            _unanswered = 0;
            return taken;
        }
    }

    public async Task RunAsync(CancellationToken stop)
    {
        // A random start so the agents' keys are not in step.
        await Task.Delay(_random.Next(0, ReadMaxMs), stop);
        var next = _random.Next(_queries.Count);
        while (!stop.IsCancellationRequested && !_circuit.Disconnected)
        {
            var query = _queries[next++ % _queries.Count];
            var start = Stopwatch.GetTimestamp();
            for (var length = 1; length <= query.Length; length++)
            {
                // On a fixed schedule from the first key, so a slow send does not slow the typist.
                var due = start + (Stopwatch.Frequency * KeyIntervalMs * (length - 1) / 1000);
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, stop);
                }

                await SendAsync(query[..length], measured: true, stop);
            }

            await WaitForAnswersAsync(stop);
            await Task.Delay(_random.Next(ReadMinMs, ReadMaxMs + 1), stop);

            // Esc, as in the browser: the key first (it ends the search for insights), then the empty box.
            await _circuit.KeyAsync(_sequence, "Escape", stop);
            await SendAsync(string.Empty, measured: false, stop);
            await Task.Delay(KeyIntervalMs, stop);
        }
    }

    private async Task SendAsync(string text, bool measured, CancellationToken stop)
    {
        var sequence = ++_sequence;
        if (measured)
        {
            lock (_gate)
            {
                if (_pending.Count == 0)
                {
                    _allAnswered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                _pending.Add((sequence, RenderBatchScan.Needle(sequence), Stopwatch.GetTimestamp()));
            }
        }

        await _circuit.TypedAsync(sequence, text, stop);
    }

    private async Task WaitForAnswersAsync(CancellationToken stop)
    {
        Task waiting;
        lock (_gate)
        {
            waiting = _pending.Count == 0 ? Task.CompletedTask : _allAnswered.Task;
        }

        try
        {
            await waiting.WaitAsync(AnswerTimeout, stop);
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _unanswered += _pending.Count;
                _pending.Clear();
            }
        }
    }

    private void OnBatch(byte[] batch)
    {
        var received = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            // The newest pending change this batch shows results for answers it and every older one.
            var answered = -1;
            for (var i = _pending.Count - 1; i >= 0; i--)
            {
                if (RenderBatchScan.Contains(batch, _pending[i].Needle))
                {
                    answered = i;
                    break;
                }
            }

            if (answered < 0)
            {
                return;
            }

            for (var i = 0; i <= answered; i++)
            {
                _samples.Add(Stopwatch.GetElapsedTime(_pending[i].Sent, received).TotalMilliseconds);
            }

            _pending.RemoveRange(0, answered + 1);
            if (_pending.Count == 0)
            {
                _allAnswered.TrySetResult();
            }
        }
    }
}
