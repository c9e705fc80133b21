using KnowledgeBase.Web.Components.Reply;
using KnowledgeBase.Web.HelpDesk;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace KnowledgeBase.Web.Components.Pages;

/// <summary>
/// The Reply page for Chatwoot's dashboard apps: Chatwoot shows it beside a conversation and posts the
/// conversation, the contact and the agent to it (chatwoot-embed.js checks the sender's origin and the
/// payload, then hands over what it took). The customer's last message goes into the message box and
/// suggestions follow; the contact's details fill the templates' fields; everything stays editable.
/// </summary>
public sealed partial class ChatwootEmbedPage : IDisposable
{
    private ReplyWorkspace? _workspace;
    private DotNetObjectReference<ChatwootEmbedPage>? _self;
    private bool _attached;
    private EmbedState _state = EmbedState.Waiting;
    private ChatwootContext? _context;
    private string? _problem;
    private bool? _signedIn;

    [Inject]
    private IOptions<EmbedOptions> Embed { get; set; } = null!;

    [Inject]
    private IOptions<TicketContextOptions> TicketLimits { get; set; } = null!;

    [Inject]
    private TicketContextReader Reader { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    private TicketContextOptions Limits => TicketLimits.Value;

    private string Origins => string.Join(' ', Embed.Value.ChatwootOrigins.Select(EmbedFraming.Normalize));

    // The page itself decides (not an AuthorizeView inside it), so the render that shows the
    // workspace is this page's own and the script is attached right after it.
    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Embed.Value.ChatwootOrigins.Count == 0)
        {
            _state = EmbedState.Unconfigured;
        }

        _signedIn = Authentication is not null && (await Authentication).User.Identity?.IsAuthenticated == true;
    }

    // Attached after the first render that has the workspace (signed in, origins configured).
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_attached && _workspace is not null && _state != EmbedState.Unconfigured)
        {
            _attached = true;
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("kbChatwoot.attach", _self);
        }
    }

    /// <summary>Chatwoot's context, as the script took it from a message of an allowed origin.</summary>
    [JSInvokable]
    public Task Receive(ChatwootContext context) => InvokeAsync(async () =>
    {
        ArgumentNullException.ThrowIfNull(context);
        var another = _context is null || _context.ConversationId != context.ConversationId;
        _context = context with
        {
            ConversationId = TicketContextReader.Clean(context.ConversationId, 20),
            CustomerName = TicketContextReader.Clean(context.CustomerName, Limits.MaxValueLength),
            CustomerEmail = TicketContextReader.Clean(context.CustomerEmail, Limits.MaxValueLength),
            AgentName = TicketContextReader.Clean(context.AgentName, Limits.MaxValueLength),
        };
        _state = EmbedState.Ready;
        _problem = null;
        if (_workspace is not null)
        {
            await _workspace.OpenAsync(context.ToTicketContext(Reader), another);
        }

        StateHasChanged();
    });

    /// <summary>A message the script ignored, with the reason in words for the agent.</summary>
    [JSInvokable]
    public Task Rejected(string reason) => InvokeAsync(() =>
    {
        _problem = TicketContextReader.Clean(reason, 200) ?? "A message from Chatwoot was ignored.";
        StateHasChanged();
    });

    public void Dispose() => _self?.Dispose();

    private enum EmbedState
    {
        Unconfigured,
        Waiting,
        Ready,
    }
}
