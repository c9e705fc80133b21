using KnowledgeBase.Search.Suggestions;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Components.Reply;

/// <summary>
/// Suggests templates and SOP sections for the message the agent pasted. The text area owns its
/// text while the agent types or pastes; suggestions follow after a short pause.
/// </summary>
public sealed partial class SuggestionPanel
{
    private readonly Lock _timerGate = new();
    private string _message = string.Empty;
    private string _initialMessage = string.Empty;
    private SuggestionResponse? _response;
    private ITimer? _debounce;
    private int _suggestions;

    [Inject]
    private ISuggestionService Suggestions { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private IOptions<ReplyUiOptions> Options { get; set; } = null!;

    /// <summary>The message to start with (kept across visits to other pages).</summary>
    [Parameter]
    public string? Message { get; set; }

    /// <summary>Restrict suggestions to this language; null follows the message's language.</summary>
    [Parameter]
    public string? Language { get; set; }

    /// <summary>The agent chose a suggested template (its id).</summary>
    [Parameter]
    public EventCallback<string> OnUse { get; set; }

    /// <summary>The message changed (to keep it with the draft).</summary>
    [Parameter]
    public EventCallback<string> OnMessageChanged { get; set; }

    protected override void OnInitialized()
    {
        _message = _initialMessage = Message ?? string.Empty;
        if (_message.Length > 0)
        {
            Suggest();
        }
    }

    private void OnInput(ChangeEventArgs e)
    {
        _message = e.Value?.ToString() ?? string.Empty;
        lock (_timerGate)
        {
            _debounce ??= Time.CreateTimer(_ => _ = InvokeAsync(SuggestAfterPause), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _debounce.Change(Options.Value.SuggestDebounce, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task SuggestAfterPause()
    {
        Suggest();
        await OnMessageChanged.InvokeAsync(_message);
        StateHasChanged();
    }

    private void Suggest()
    {
        _suggestions++;
        _response = string.IsNullOrWhiteSpace(_message)
            ? null
            : Suggestions.Suggest(new SuggestionRequest(_message)
            {
                Language = Language,
                Templates = Options.Value.Templates,
                Sections = Options.Value.Sections,
            });
    }

    private async Task OnKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Enter" && (e.CtrlKey || e.MetaKey))
        {
            lock (_timerGate)
            {
                _debounce?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }

            Suggest();
            await OnMessageChanged.InvokeAsync(_message);
            if (_response?.Templates is [var first, ..])
            {
                await OnUse.InvokeAsync(first.Id);
            }
        }
    }

    public void Dispose()
    {
        lock (_timerGate)
        {
            _debounce?.Dispose();
        }
    }
}
