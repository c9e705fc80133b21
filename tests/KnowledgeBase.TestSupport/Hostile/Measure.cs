using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace KnowledgeBase.TestSupport.Hostile;

/// <summary>
/// Runs work on a thread of its own under a time limit and counts what that thread allocated. A
/// regression (a bomb expanded again, nesting followed again) then fails the test at the limit
/// instead of hanging the run; the inputs are sized so a runaway thread also ends on its own.
/// </summary>
public static class Measure
{
    public static Measured<T> Within<T>(TimeSpan limit, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        Measured<T>? measured = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                var result = work();
                measured = new Measured<T>(result, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        })
        {
            IsBackground = true,
            Name = "measured work",
        };
        thread.Start();
        if (!thread.Join(limit))
        {
            throw new TimeoutException($"still running after {limit.TotalSeconds:0.#} s: the input is no longer bounded");
        }

        failure?.Throw();
        return measured!;
    }
}
