using System.Text;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Templates.Channels;
using KnowledgeBase.Templates.Rendering;
using KnowledgeBase.Web.Insights;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace KnowledgeBase.Web.Components.Reply;

/// <summary>
/// Fills one reply template: a field per declared field (required marked, defaults filled), the
/// agent's own fields from "My details", a live preview for the chosen channel with every gap
/// marked, and Copy, which refuses (and says why) until nothing is missing.
/// </summary>
/// <remarks>
/// Inputs own their text while the agent types: values are rendered once per template and read
/// back from input events, so a preview re-render never overwrites keystrokes in flight.
/// </remarks>
public sealed partial class TemplateFiller : IDisposable
{
    private static readonly Dictionary<string, string> AgentFieldNames = new(StringComparer.Ordinal)
    {
        ["agent.name"] = "name",
        ["agent.email"] = "e-mail",
        ["agent.signature"] = "signature",
    };

    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    // What the inputs start with; changes only when the set of inputs is rebuilt (another template
    // or channel), never while the agent types.
    private Dictionary<string, string?> _initial = new(StringComparer.Ordinal);
    private HashSet<string> _known = new(StringComparer.Ordinal);
    private string? _templateId;
    private string? _channel;
    private bool _copyAttempted;
    private int _formKey;

    [Inject]
    private TemplateRenderer Renderer { get; set; } = null!;

    [Inject]
    private AgentPreferences Preferences { get; set; } = null!;

    [Inject]
    private ReplyDraft Draft { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private InsightRecorder Insights { get; set; } = null!;

    [Parameter, EditorRequired]
    public ReplyTemplate Template { get; set; } = null!;

    /// <summary>Prefix of every element id, so two forms on one page do not clash.</summary>
    [Parameter]
    public string IdPrefix { get; set; } = "filler";

    [Parameter]
    public FillerCtrlEnter CtrlEnter { get; set; } = FillerCtrlEnter.Copy;

    [Parameter]
    public string InsertLabel { get; set; } = "Insert into reply";

    /// <summary>The channel to start with when the template has it (the reply's channel); else the template's first.</summary>
    [Parameter]
    public string? Channel { get; set; }

    /// <summary>
    /// Values typed for earlier templates of the same reply, by field name: a field of the same name
    /// starts with that value and is not asked again (it stays changeable under "Already in this reply").
    /// </summary>
    [Parameter]
    public IReadOnlyDictionary<string, string?>? SharedValues { get; set; }

    /// <summary>Where the reply goes on "Insert"; without a handler it is added to the draft and the composer opens.</summary>
    [Parameter]
    public EventCallback<RenderedReply> OnInsert { get; set; }

    /// <summary>After the reply was copied or inserted (the search page counts it as the search's result being used).</summary>
    [Parameter]
    public EventCallback OnUsed { get; set; }

    /// <summary>Esc and the Cancel button; without a handler neither is offered.</summary>
    [Parameter]
    public EventCallback OnCancel { get; set; }

    /// <summary>The reply as the form stands.</summary>
    public RenderedReply Reply { get; private set; } = new(string.Empty, null, string.Empty, []);

    private TemplateForm Form => TemplateForm.FieldsFor(Template, _channel);

    /// <summary>The values the agent typed (or brought from earlier templates of the reply), by field name.</summary>
    public IReadOnlyDictionary<string, string?> TypedValues => _values;

    private IReadOnlyList<TemplateField> AskedFields => [.. Form.Fields.Where(f => !_known.Contains(f.Name))];

    private IReadOnlyList<TemplateField> KnownFields => [.. Form.Fields.Where(f => _known.Contains(f.Name))];

    /// <summary>The agent's own values this template prints but the agent has not set (after their details are read).</summary>
    private IReadOnlyList<string> MissingAgentFields =>
        !Preferences.IsLoaded ? [] : [.. Form.StandardFields.Where(f => AgentFieldNames.ContainsKey(f) && AgentValue(f) is null).Select(f => AgentFieldNames[f])];

    private string? AgentValue(string field) => field switch
    {
        "agent.name" => Preferences.Profile.Name,
        "agent.email" => Preferences.Profile.Email,
        _ => Preferences.Profile.Signature,
    };

    private IReadOnlyList<string> AgentFields =>
        [.. Form.StandardFields.Where(AgentFieldNames.ContainsKey).Select(f => AgentFieldNames[f])];

    private SmsCount? Sms => string.Equals(_channel, "sms", StringComparison.OrdinalIgnoreCase) ? SmsCounter.Count(WithoutGaps(Reply.Text)) : null;

    private bool HasGaps => PlaceholderMarkers.Any(Reply.Text);

    /// <summary>The text without its ⟦…⟧ markers: their brackets are not GSM characters and would count the SMS as Unicode.</summary>
    private static string WithoutGaps(string text)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var marker in PlaceholderMarkers.Find(text))
        {
            builder.Append(text, position, marker.Start - position);
            position = marker.Start + marker.Length;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    private IReadOnlyList<TextHighlight> Gaps =>
        [.. PlaceholderMarkers.Find(Reply.Text).Select(m => new TextHighlight(m.Start, m.Length, "gap", $"Still to fill: {m.Label}"))];

    private IEnumerable<string> BlockingReasons
    {
        get
        {
            // Agents know fields by their labels; the dotted names are for template authors.
            foreach (var problem in Reply.Problems)
            {
                var declared = Template.Fields.Any(f => f.Name == problem.Field);
                yield return problem.Kind switch
                {
                    FieldProblemKind.Missing when declared => $"fill in “{problem.Label}”",
                    FieldProblemKind.Missing => $"your {AgentFieldNames.GetValueOrDefault(problem.Field, problem.Field)} is not set: add it in My details",
                    _ => problem.Message,
                };
            }

            if (Reply.Problems.Count == 0)
            {
                yield return "a ⟦…⟧ gap is left in the text";
            }
        }
    }

    protected override void OnInitialized() => Preferences.Changed += OnPreferencesChanged;

    protected override void OnParametersSet()
    {
        if (Template.Id != _templateId)
        {
            _templateId = Template.Id;
            _values.Clear();
            _known = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in Template.Fields)
            {
                if (SharedValues?.GetValueOrDefault(field.Name) is { Length: > 0 } shared && !string.IsNullOrWhiteSpace(shared))
                {
                    _values[field.Name] = shared;
                    _known.Add(field.Name);
                }
            }

            _initial = new Dictionary<string, string?>(_values, StringComparer.Ordinal);
            _channel = Template.Channels.FirstOrDefault(c => string.Equals(c, Channel, StringComparison.OrdinalIgnoreCase)) ?? Template.Channels.FirstOrDefault();
            _copyAttempted = false;
            _formKey++;
        }

        Render();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            // Once the agent's details are read, the form can say which of them are missing.
            await Preferences.LoadAsync();
            Render();
            StateHasChanged();
        }
    }

    /// <summary>
    /// Moves the keyboard to the first field (or the Copy button when there is none); on a page that
    /// has just arrived (<paramref name="onArrival"/>), only if the agent has not put it somewhere already.
    /// </summary>
    public async Task FocusAsync(bool onArrival = false)
    {
        var first = AskedFields.FirstOrDefault();
        await JS.InvokeVoidAsync(onArrival ? "kb.focusOnArrival" : "kb.focus", first is null ? $"{IdPrefix}-copy" : FieldId(first));
    }

    private void Render() =>
        Reply = Renderer.Render(Template, new RenderRequest(_channel, Values(), Preferences.Profile, DateOnly.FromDateTime(Time.GetLocalNow().DateTime)));

    private Dictionary<string, string?> Values()
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in Template.Fields)
        {
            values[field.Name] = field.Default;
        }

        foreach (var (name, value) in _values)
        {
            values[name] = value;
        }

        return values;
    }

    private void OnValue(TemplateField field, ChangeEventArgs e)
    {
        _values[field.Name] = e.Value?.ToString();
        Render();
    }

    private void OnChannelChanged(ChangeEventArgs e)
    {
        _channel = Template.Channels.FirstOrDefault(c => string.Equals(c, e.Value?.ToString(), StringComparison.OrdinalIgnoreCase));

        // Another channel may ask for other fields: rebuild the inputs with what was typed so far.
        _initial = new Dictionary<string, string?>(_values, StringComparer.Ordinal);
        _formKey++;
        Render();
    }

    private async Task OnKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Enter" && (e.CtrlKey || e.MetaKey))
        {
            await (CtrlEnter == FillerCtrlEnter.Copy ? CopyAsync() : InsertAsync());
        }
        else if (e.Key == "Escape" && OnCancel.HasDelegate)
        {
            await OnCancel.InvokeAsync();
        }
    }

    private async Task CopyAsync()
    {
        if (!Reply.IsComplete)
        {
            _copyAttempted = true;
            var field = Reply.Problems.Select(p => Form.Fields.FirstOrDefault(f => f.Name == p.Field)).FirstOrDefault(f => f is not null);
            if (field is not null)
            {
                await JS.InvokeVoidAsync("kb.focus", FieldId(field));
            }

            await JS.InvokeVoidAsync("kb.flash", "Not copied: the reply is not complete yet");
            return;
        }

        // A template without channels is written for whatever channel the reply is in.
        var copied = IsEmail(_channel ?? Channel)
            ? await JS.InvokeAsync<bool>("kb.copyRich", Reply.Text, Reply.Html)
            : await JS.InvokeAsync<bool>("kb.copyText", Reply.Text);
        if (copied)
        {
            Insights.RecordTemplateUse(Template.Id, TemplateAction.Copied, _channel);
            await OnUsed.InvokeAsync();
        }

        await JS.InvokeVoidAsync("kb.flash", copied ? "Reply copied" : "Could not copy the reply");
    }

    private async Task InsertAsync()
    {
        Insights.RecordTemplateUse(Template.Id, TemplateAction.Inserted, _channel);
        await OnUsed.InvokeAsync();
        if (OnInsert.HasDelegate)
        {
            await OnInsert.InvokeAsync(Reply);
            return;
        }

        Draft.Remember(_values);
        Draft.Append(Reply, Template.Language);
        Navigation.NavigateTo("/reply");
    }

    private string? FieldError(TemplateField field)
    {
        var problem = Reply.Problems.FirstOrDefault(p => p.Field == field.Name);
        return problem is null || (problem.Kind == FieldProblemKind.Missing && !_copyAttempted)
            ? null
            : problem.Kind == FieldProblemKind.Missing ? "Required" : problem.Message;
    }

    /// <summary>E-mail copies as rich text (text/html beside text/plain); chat, SMS and an unknown channel as plain text.</summary>
    internal static bool IsEmail(string? channel) => string.Equals(channel, "email", StringComparison.OrdinalIgnoreCase);

    private string? Current(TemplateField field) => _values.GetValueOrDefault(field.Name) ?? field.Default;

    private string? Initial(TemplateField field) => _initial.TryGetValue(field.Name, out var value) ? value : field.Default;

    private string FieldId(TemplateField field)
    {
        var slug = new StringBuilder(field.Name.Length);
        foreach (var c in field.Name)
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        return $"{IdPrefix}-{slug}";
    }

    private static string InputType(TemplateField field) => field.Type == TemplateFieldType.Date ? "date" : "text";

    private static string Bool(bool value) => value ? "true" : "false";

    private static string ChannelLabel(string channel) => channel.Length <= 3 ? channel.ToUpperInvariant() : char.ToUpperInvariant(channel[0]) + channel[1..];

    private void OnPreferencesChanged() => RunInBackground(() =>
    {
        Render();
        StateHasChanged();
    });

    public void Dispose() => Preferences.Changed -= OnPreferencesChanged;
}
