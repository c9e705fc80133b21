using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Suggestions;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Components.Reply;

/// <summary>
/// Suggests templates and SOP sections for the message the agent pasted. The text area owns its
/// text while the agent types or pastes; suggestions follow after a short pause. The language the
/// suggestions come in is shown (and reported, so the reply's language box says the same); when no
/// template in it answers, the languages that have one are a click away.
/// </summary>
public sealed partial class SuggestionPanel
{
    private readonly Lock _timerGate = new();
    private string _message = string.Empty;
    private string _initialMessage = string.Empty;
    private SuggestionResponse? _response;
    private ITimer? _debounce;
    private int _suggestions;
    private string? _explanation;
    private string? _suggestedLanguage;
    private bool _started;

    [Inject]
    private ISuggestionService Suggestions { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private IOptions<ReplyUiOptions> Options { get; set; } = null!;

    /// <summary>The message to start with (kept across visits to other pages).</summary>
    [Parameter]
    public string? Message { get; set; }

    /// <summary>Restrict suggestions to this language (the agent chose it); null reads the language from the message.</summary>
    [Parameter]
    public string? Language { get; set; }

    /// <summary>The agent's own languages, likeliest first: a message too short to tell is read in the first.</summary>
    [Parameter]
    public IReadOnlyList<string> AgentLanguages { get; set; } = [];

    /// <summary>The language the latest suggestions were made for (null when it could not be told).</summary>
    [Parameter]
    public EventCallback<string?> OnLanguage { get; set; }

    /// <summary>The agent asked for suggestions in another language; null to read it from the message again.</summary>
    [Parameter]
    public EventCallback<string?> OnLanguageChosen { get; set; }

    /// <summary>The agent chose a suggested template (its id).</summary>
    [Parameter]
    public EventCallback<string> OnUse { get; set; }

    /// <summary>The message changed (to keep it with the draft).</summary>
    [Parameter]
    public EventCallback<string> OnMessageChanged { get; set; }

    protected override void OnInitialized() => _message = _initialMessage = Message ?? string.Empty;

    // A message kept from an earlier visit is suggested for at once; a language chosen since is followed.
    protected override async Task OnParametersSetAsync()
    {
        if ((!_started && _message.Length > 0) || (_started && _response is not null && Language != _suggestedLanguage))
        {
            Suggest();
            await ReportLanguageAsync();
        }

        _started = true;
    }

    /// <summary>
    /// Suggests for a message the page was handed (a help desk's), at once and without the typing
    /// pause. The browser already shows it in the box, which stays the agent's to edit.
    /// </summary>
    public async Task SuggestForAsync(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_timerGate)
        {
            _debounce?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        _message = message;
        _explanation = null;
        Suggest();
        await OnMessageChanged.InvokeAsync(_message);
        await ReportLanguageAsync();
        StateHasChanged();
    }

    private void OnInput(ChangeEventArgs e)
    {
        _message = e.Value?.ToString() ?? string.Empty;
        _explanation = null;
        lock (_timerGate)
        {
            _debounce ??= Time.CreateTimer(_ => RunInBackground(SuggestAfterPause), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _debounce.Change(Options.Value.SuggestDebounce, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task SuggestAfterPause()
    {
        Suggest();
        await OnMessageChanged.InvokeAsync(_message);
        await ReportLanguageAsync();
        StateHasChanged();
    }

    private void Suggest()
    {
        _suggestions++;
        _suggestedLanguage = Language;
        _response = string.IsNullOrWhiteSpace(_message)
            ? null
            : Suggestions.Suggest(new SuggestionRequest(_message)
            {
                Language = Language,
                AgentLanguages = AgentLanguages,
                Templates = Options.Value.Templates,
                Sections = Options.Value.Sections,
            });
    }

    private async Task ReportLanguageAsync()
    {
        if (_response?.Language is { } language)
        {
            await OnLanguage.InvokeAsync(language);
        }
    }

    /// <summary>Why Ctrl+Enter has nothing to use, in words the agent can act on.</summary>
    private string Explain()
    {
        if (_response is null)
        {
            return "Nothing to use yet: paste the customer’s message first, or type / in your reply to pick a template.";
        }

        var language = _response.Language is { } code ? Languages.NativeName(code) + " " : string.Empty;
        return _response.OtherLanguages.Count > 0
            ? $"No {language}template answers this message, so there is nothing to use. Show the templates in {string.Join(" or ", _response.OtherLanguages.Select(Languages.NativeName))} above, or type / in your reply to pick one."
            : $"No {language}template answers this message, so there is nothing to use. Type / in your reply to pick a template by name.";
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
            await ReportLanguageAsync();
            if (_response?.Templates is [var first, ..])
            {
                _explanation = null;
                await OnUse.InvokeAsync(first.Id);
            }
            else
            {
                _explanation = Explain();
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
