using KnowledgeBase.Web.Authoring;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace KnowledgeBase.Web.Components.Authoring;

/// <summary>
/// The editor's Markdown body textarea, synced with <see cref="EditorBody"/> by <c>js/editor.js</c>:
/// the browser sends each change as a splice, and keeps an unsaved draft in its local storage, keyed
/// by <see cref="DraftKey"/> and the hash the document was opened at. Images and PDFs pasted,
/// dropped or picked with "Attach file" are uploaded by the browser to <c>POST /media</c>
/// (<see cref="KnowledgeBase.Web.Media.MediaEndpoints"/>) and their link is typed in at the caret.
/// </summary>
public sealed partial class MarkdownBodyEditor : IAsyncDisposable
{
    private ElementReference _box;
    private IJSObjectReference? _module;
    private DotNetObjectReference<MarkdownBodyEditor>? _self;
    private int _attachedVersion;
    private string? _attachedKey;
    private TaskCompletionSource _attached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Parameter, EditorRequired]
    public EditorBody Body { get; set; } = null!;

    /// <summary>Called after each change the browser reports (a plain callback: the page decides what to re-render).</summary>
    [Parameter]
    public Action? OnTyped { get; set; }

    /// <summary>The document id (or <c>new</c>) the browser keeps the draft under.</summary>
    [Parameter, EditorRequired]
    public string DraftKey { get; set; } = "";

    /// <summary>The document's path (<c>articles/en/…/x.md</c>): attached files are named after it and stored in its language's media folder.</summary>
    [Parameter]
    public string DocumentPath { get; set; } = "";

    /// <summary>The hash of the file as opened (empty for a new document).</summary>
    [Parameter]
    public string? Hash { get; set; }

    /// <summary>The form values as opened (JSON), so a draft equal to the file is not offered back.</summary>
    [Parameter]
    public string FieldsJson { get; set; } = "";

    /// <summary>Raised after the first render of a document when this browser holds an unsaved draft of it.</summary>
    [Parameter]
    public EventCallback<StoredDraft> OnDraftFound { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private IOptions<AuthoringUiOptions> Options { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    /// <summary>Applies one change typed in the browser; returns the text's length afterwards (see <see cref="EditorBody.Apply"/>).</summary>
    [JSInvokable]
    public int ApplyEdit(int version, int start, int removed, string inserted)
    {
        var length = Body.Apply(version, start, removed, inserted);
        if (length != EditorBody.StaleVersion)
        {
            OnTyped?.Invoke();
        }

        return length;
    }

    /// <summary>The browser is about to send the whole text again.</summary>
    [JSInvokable]
    public void BeginReplace(int version) => Body.Clear(version);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_attachedVersion == Body.Version && _attachedKey == DraftKey)
        {
            return;
        }

        var lookForDraft = _attachedKey != DraftKey;
        var newTextarea = _attachedVersion != Body.Version;
        _attachedVersion = Body.Version;
        _attachedKey = DraftKey;
        if (newTextarea && _attached.Task.IsCompleted)
        {
            _attached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        var attached = _attached;
        var found = await CallAsync(async module => await module.InvokeAsync<DraftInfo?>("attach", _box, _self, new
        {
            version = Body.Version,
            fingerprint = Body.InitialFingerprint,
            key = DraftKey,
            hash = Hash ?? "",
            fields = FieldsJson,
            chunkChars = Options.Value.EditChunkChars,
            draftDelayMs = (int)Options.Value.DraftDelay.TotalMilliseconds,
            restored = !lookForDraft,
        }));
        // The browser has sent whatever was typed before its script arrived (ahead of this answer).
        attached.TrySetResult();
        if (found is not null)
        {
            await OnDraftFound.InvokeAsync(new StoredDraft(found.Hash, DateTimeOffset.FromUnixTimeMilliseconds(found.SavedAt), found.Length, found.Hash != (Hash ?? "")));
        }
    }

    /// <summary>
    /// Whether the browser's script has taken over the textarea, so <see cref="Body"/> holds what is on
    /// screen: on a slow link the textarea shows (and takes keys) before the script arrives. Waits up to
    /// <see cref="AuthoringUiOptions.EditorAttachWait"/>; false when it still has not.
    /// </summary>
    public async Task<bool> WhenAttachedAsync()
    {
        var attached = _attached.Task;
        if (attached.IsCompleted)
        {
            return true;
        }

        using var timeout = new CancellationTokenSource();
        var finished = await Task.WhenAny(attached, Task.Delay(Options.Value.EditorAttachWait, Time, timeout.Token));
        await timeout.CancelAsync();
        return finished == attached;
    }

    /// <summary>The form values changed: the browser keeps them with the body in its draft.</summary>
    public Task SetFieldsAsync(string fieldsJson) => CallAsync(async module =>
    {
        await module.InvokeVoidAsync("setFields", _box, fieldsJson);
        return true;
    });

    /// <summary>Puts the kept draft's text back (it reaches <see cref="Body"/> before this returns); its hash and form values, or null.</summary>
    public Task<DraftInfo?> RestoreAsync() => CallAsync(async module => await module.InvokeAsync<DraftInfo?>("restore", _box));

    /// <summary>Forgets the kept draft.</summary>
    public Task DiscardAsync() => CallAsync(async module =>
    {
        await module.InvokeVoidAsync("discard", _box);
        return true;
    });

    /// <summary>Saved: the browser drops the draft and treats the text on screen as opened at <paramref name="hash"/>.</summary>
    public Task SavedAsync(string key, string hash, string fieldsJson) => CallAsync(async module =>
    {
        await module.InvokeVoidAsync("saved", _box, key, hash, fieldsJson);
        _attachedKey = key;
        return true;
    });

    private async Task<T?> CallAsync<T>(Func<IJSObjectReference, Task<T?>> call)
    {
        try
        {
            _module ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/editor.js");
            _self ??= DotNetObjectReference.Create(this);
            return await call(_module);
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone; its draft is already in its local storage.
            return default;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _self?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
            }
        }
    }

    /// <summary>What the browser says about a kept draft.</summary>
    public sealed record DraftInfo(string Hash, long SavedAt, int Length, string? Fields);
}
