using Microsoft.AspNetCore.Components;

namespace KnowledgeBase.Web.Components;

/// <summary>
/// A component that also reacts to things outside Blazor's own events — content updates, timers,
/// preferences loaded late. Such work runs on the component's dispatcher, and an exception it throws
/// is handed to the component (its error boundary, else the circuit's error UI) exactly as one
/// thrown in an event handler would be, instead of vanishing in a discarded task.
/// </summary>
public abstract class BackgroundAwareComponent : ComponentBase
{
    /// <summary>Runs <paramref name="work"/> on the dispatcher, without waiting for it.</summary>
    protected void RunInBackground(Action work) => _ = RunAsync(() =>
    {
        work();
        return Task.CompletedTask;
    });

    /// <inheritdoc cref="RunInBackground(Action)"/>
    protected void RunInBackground(Func<Task> work) => _ = RunAsync(work);

    private async Task RunAsync(Func<Task> work)
    {
        try
        {
            await InvokeAsync(work);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await DispatchExceptionAsync(ex);
        }
    }
}
