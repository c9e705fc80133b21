using System.Text.RegularExpressions;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Phrasebook;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Templates.Rendering;
using KnowledgeBase.Web.Insights;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace KnowledgeBase.Web.Components.Reply;

/// <summary>
/// Where the agent writes the reply. The text area owns its text (like the search box) and
/// reports every change; the server keeps the draft, underlines avoided phrases and gaps in a
/// layer behind the text, runs the "/" template picker and refuses to copy an incomplete reply.
/// </summary>
public sealed partial class ReplyComposer : IDisposable
{
    private const string TextId = "reply-text";

    private string _text = string.Empty;
    private string _initialText = string.Empty;
    private IReadOnlyList<PhraseFinding> _findings = [];
    private IReadOnlyList<ReplyTemplate> _picker = [];
    private int _picked;
    private string? _slashQuery;
    private (int Start, int End)? _slashRange;
    private ReplyTemplate? _filling;
    private (int Start, int End)? _fillingRange;
    private TemplateFiller? _inlineFiller;
    private bool _focusFiller;
    private bool _copyAttempted;
    private int _lints;
    private DotNetObjectReference<ReplyComposer>? _self;

    [Inject]
    private ReplyDraft Draft { get; set; } = null!;

    [Inject]
    private IPhrasebookService Phrasebook { get; set; } = null!;

    [Inject]
    private ContentLibrary Library { get; set; } = null!;

    [Inject]
    private ISearchService Search { get; set; } = null!;

    [Inject]
    private AgentPreferences Preferences { get; set; } = null!;

    [Inject]
    private IOptions<ReplyUiOptions> Options { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private TemplateRenderer Renderer { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    // Templates are recorded as "inserted" when they go into the reply (the filler records its own
    // inserts); copying the whole reply later is not counted again per template.
    [Inject]
    private InsightRecorder Insights { get; set; } = null!;

    /// <summary>The agent picked the reply's language by hand (suggestions then come in that language).</summary>
    [Parameter]
    public EventCallback<string?> OnLanguageChosen { get; set; }

    /// <summary>The reply's language: phrasebook hints and the template picker follow it.</summary>
    public string Language => Draft.Language ?? Preferences.PreferredLanguage ?? Languages.Primary[0];

    private IReadOnlyList<TextHighlight> Highlights =>
    [
        .. _findings.Select(f => new TextHighlight(f.Start, f.Length, "avoided", f.Prefer.Count > 0 ? $"Say “{f.Prefer[0]}” instead" : f.Note)),
        .. PlaceholderMarkers.Find(_text).Select(m => new TextHighlight(m.Start, m.Length, "gap", $"Still to fill: {m.Label}")),
    ];

    /// <summary>Why the reply cannot be copied yet; empty when it can.</summary>
    private IReadOnlyList<string> Blocking
    {
        get
        {
            if (string.IsNullOrWhiteSpace(_text))
            {
                return ["the reply is empty"];
            }

            var reasons = PlaceholderMarkers.Find(_text)
                .Select(m => $"fill in {PlaceholderMarkers.For(m.Label)} (F2 selects the next gap)")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            reasons.AddRange(LiquidLeftovers().Matches(_text).Select(m => $"replace the unfilled placeholder {m.Value}").Distinct(StringComparer.Ordinal));
            if (_filling is not null)
            {
                reasons.Add($"finish or cancel “{_filling.Title}” below the reply");
            }

            return reasons;
        }
    }

    protected override void OnInitialized()
    {
        _text = _initialText = Draft.Text;
        Preferences.Changed += OnPreferencesChanged;
        Lint();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("kb.watchSlash", TextId, _self);
            await JS.InvokeVoidAsync("kb.followScroll", TextId, "reply-backdrop");
        }

        if (_focusFiller && _inlineFiller is not null)
        {
            _focusFiller = false;
            await _inlineFiller.FocusAsync();
        }
    }

    /// <summary>Shows the draft's language again after the suggestions changed it.</summary>
    public void Refresh() => RunInBackground(() =>
    {
        Lint();
        StateHasChanged();
    });

    /// <summary>Puts the keyboard in the reply: on the first gap to fill, else at the end.</summary>
    public async Task FocusAsync()
    {
        await JS.InvokeVoidAsync("kb.focusEnd", TextId);
        await JS.InvokeAsync<bool>("kb.selectNextMarker", TextId);
    }

    /// <summary>Opens a template's form under the reply; "Insert" adds it at the end of the reply.</summary>
    public Task StartTemplateAsync(string id)
    {
        if (Library.Current.Find(id) is ReplyTemplate template)
        {
            Begin(template, range: null);
            StateHasChanged();
        }

        return Task.CompletedTask;
    }

    private void OnInput(ChangeEventArgs e)
    {
        _text = e.Value?.ToString() ?? string.Empty;
        Draft.Text = _text;
        Lint();
    }

    private void Lint()
    {
        _lints++;
        _findings = Phrasebook.Lint(_text, Language);
    }

    [JSInvokable]
    public Task OnSlash(string query, int start, int end) => InvokeAsync(() =>
    {
        _slashQuery = query;
        _slashRange = (start, end);
        _picker = TemplatePicker.Find(Library.Current, Search, query, Language, Options.Value.Templates);
        _picked = 0;
        StateHasChanged();
    });

    [JSInvokable]
    public Task OnSlashClosed() => InvokeAsync(() =>
    {
        ClosePicker();
        StateHasChanged();
    });

    [JSInvokable]
    public Task OnPickerKey(string key) => InvokeAsync(async () =>
    {
        switch (key)
        {
            case "ArrowDown" when _picker.Count > 0:
                _picked = Math.Min(_picked + 1, _picker.Count - 1);
                break;
            case "ArrowUp" when _picker.Count > 0:
                _picked = Math.Max(_picked - 1, 0);
                break;
            case "Enter" or "Tab" when _picker.Count > 0:
                await ChooseAsync(_picked);
                break;
            case "Escape" or "Enter" or "Tab":
                ClosePicker();
                break;
        }

        StateHasChanged();
    });

    [JSInvokable]
    public Task OnCopyRequested() => InvokeAsync(CopyAsync);

    private async Task ChooseAsync(int index)
    {
        if (index < 0 || index >= _picker.Count || _slashRange is not { } range)
        {
            return;
        }

        var template = _picker[index];
        ClosePicker();
        if (TemplateForm.FieldsFor(template, template.Channels.FirstOrDefault()).Fields.Count == 0)
        {
            // Nothing to ask: the text goes straight in, agent fields and all.
            Draft.Language ??= template.Language;
            var today = DateOnly.FromDateTime(Time.GetLocalNow().DateTime);
            var channel = template.Channels.FirstOrDefault(c => c == Draft.Channel) ?? template.Channels.FirstOrDefault();
            var reply = Renderer.Render(template, new RenderRequest(channel, Draft.Values, Preferences.Profile, today));
            Insights.RecordTemplateUse(template.Id, TemplateAction.Inserted, reply.Channel);
            await PlaceAsync(reply, range);
            return;
        }

        Begin(template, range);
    }

    private void Begin(ReplyTemplate template, (int Start, int End)? range)
    {
        _filling = template;
        _fillingRange = range;
        _focusFiller = true;
    }

    private async Task InsertFilledAsync(RenderedReply reply)
    {
        Draft.Language ??= _filling?.Language;
        if (_inlineFiller is not null)
        {
            Draft.Remember(_inlineFiller.TypedValues);
        }

        var range = _fillingRange;
        _filling = null;
        _fillingRange = null;
        await PlaceAsync(reply, range);
    }

    /// <summary>
    /// Replaces the "/shortcut" the agent typed, or adds the text at the end, keeping one greeting
    /// (the first) and one sign-off (the last) in the reply. The browser's text is replaced only if it
    /// is still what the reply was built from.
    /// </summary>
    private async Task PlaceAsync(RenderedReply reply, (int Start, int End)? range)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var current = await JS.InvokeAsync<string>("kb.valueOf", TextId) ?? string.Empty;
            var slash = range is { } r && r.End <= current.Length && current[r.Start..r.End].StartsWith('/') ? r : ((int, int)?)null;
            var assembled = ReplyAssembly.Insert(current, slash, reply, Draft.SignOff);

            // Only the part that changes is replaced, so the caret and the agent's own text stay put.
            var splice = TextSplice.Between(current, assembled.Text);
            if (await JS.InvokeAsync<bool>("kb.replaceIfUnchanged", TextId, splice.Start, splice.End, splice.Removed, splice.Inserted))
            {
                Draft.SignOff = assembled.SignOff;
                break;
            }
        }

        // On the first gap to fill, else back in the reply where the template ended.
        if (!await JS.InvokeAsync<bool>("kb.selectNextMarker", TextId))
        {
            await JS.InvokeVoidAsync("kb.focus", TextId);
        }
    }

    private async Task CancelFillingAsync()
    {
        _filling = null;
        _fillingRange = null;
        await JS.InvokeVoidAsync("kb.focus", TextId);
    }

    private async Task ReplaceAsync(PhraseFinding finding, string preferred)
    {
        string replacement;
        try
        {
            var replaced = PhraseReplacement.Apply(_text, finding, preferred);
            replacement = replaced.Text[finding.Start..replaced.CaretAfter];
        }
        catch (ArgumentException)
        {
            return; // The agent typed on since the hint was shown; a fresh hint follows.
        }

        if (!await JS.InvokeAsync<bool>("kb.replaceIfUnchanged", TextId, finding.Start, finding.End, finding.Found, replacement))
        {
            await JS.InvokeVoidAsync("kb.flash", "The text changed; try again");
        }
    }

    private async Task CopyAsync()
    {
        // What the browser holds is the truth: an input event may still be on its way.
        _text = await JS.InvokeAsync<string>("kb.valueOf", TextId) ?? _text;
        Draft.Text = _text;
        Lint();
        if (Blocking.Count > 0)
        {
            _copyAttempted = true;
            await JS.InvokeVoidAsync("kb.flash", "Not copied: the reply is not complete yet");
            if (PlaceholderMarkers.Any(_text))
            {
                await JS.InvokeAsync<bool>("kb.selectNextMarker", TextId);
            }

            StateHasChanged();
            return;
        }

        _copyAttempted = false;
        var copied = TemplateFiller.IsEmail(Draft.Channel)
            ? await JS.InvokeAsync<bool>("kb.copyRich", _text, ReplyHtml.FromText(_text))
            : await JS.InvokeAsync<bool>("kb.copyText", _text);
        await JS.InvokeVoidAsync("kb.flash", copied ? "Reply copied" : "Could not copy the reply");
        StateHasChanged();
    }

    private async Task ClearAsync()
    {
        _text = string.Empty;
        Draft.Clear();
        _filling = null;
        _copyAttempted = false;
        ClosePicker();
        Lint();
        await JS.InvokeVoidAsync("kb.setValue", TextId, string.Empty);
        await JS.InvokeVoidAsync("kb.focus", TextId);
    }

    private async Task OnLanguageChanged(ChangeEventArgs e)
    {
        var language = e.Value?.ToString();
        Draft.Language = language is not null && Languages.IsSupported(language) ? language : null;
        Draft.LanguageChosen = Draft.Language is not null;
        Lint();
        await OnLanguageChosen.InvokeAsync(Draft.Language);
    }

    private void OnChannelChanged(ChangeEventArgs e)
    {
        var channel = e.Value?.ToString();
        Draft.Channel = channel is "email" or "chat" or "sms" ? channel : ReplyDraft.DefaultChannel;
    }

    private void ClosePicker()
    {
        _picker = [];
        _slashQuery = null;
        _slashRange = null;
        _picked = 0;
    }

    private void OnPreferencesChanged() => RunInBackground(() =>
    {
        Lint();
        StateHasChanged();
    });

    [GeneratedRegex(@"\{\{[^{}\r\n]{0,80}\}\}|\{%[^{}\r\n]{0,80}%\}")]
    private static partial Regex LiquidLeftovers();

    public void Dispose()
    {
        Preferences.Changed -= OnPreferencesChanged;
        _self?.Dispose();
    }
}
