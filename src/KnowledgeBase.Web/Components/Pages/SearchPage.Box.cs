using KnowledgeBase.Web.Components.Search;
using Microsoft.JSInterop;

namespace KnowledgeBase.Web.Components.Pages;

/// <summary>
/// What the search box in the browser tells the page, and the little the page asks of it. Calls
/// arrive in the order the agent made them, on the page's dispatcher, each with the number of the
/// box's newest change at the time.
/// </summary>
public sealed partial class SearchPage
{
    /// <summary>The box changed: change number <paramref name="sequence"/> holds <paramref name="text"/>.</summary>
    [JSInvokable]
    public async Task Typed(long sequence, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_typing.Offer(new TypedQuery(sequence, text)))
        {
            return;
        }

        // Changes already on their way run first and only replace the waiting text; the search then
        // runs once, for the newest of them.
        await Task.Yield();
        if (_typing.HasWaiting)
        {
            SearchLatest();
            StateHasChanged();
        }
    }

    /// <summary>A key the page acts on, pressed in the box after change <paramref name="sequence"/>.</summary>
    [JSInvokable]
    public async Task Key(long sequence, string key, bool ctrl)
    {
        ArgumentNullException.ThrowIfNull(key);

        // The key acts on the results for what was typed before it, even if that search is still waiting.
        SearchLatest();
        switch (key)
        {
            case "ArrowDown" when Results.Count > 0:
                await Select(Math.Min(_selected + 1, Results.Count - 1));
                StateHasChanged();
                await JS.InvokeVoidAsync("kb.revealOption", SearchResultList.OptionId(_selected));
                break;
            case "ArrowUp" when Results.Count > 0:
                await Select(Math.Max(_selected - 1, 0));
                StateHasChanged();
                await JS.InvokeVoidAsync("kb.revealOption", SearchResultList.OptionId(_selected));
                break;
            case "Enter" when ctrl:
                StateHasChanged();
                await CopySelectedLink();
                break;
            case "Enter":
                await Open(_selected);
                break;
            case "Escape":
                // Clearing the box after reading the results: what was on screen was a search. The
                // browser clears the box itself and sends the empty text next.
                _searchLog?.Flush();
                break;
            default:
                StateHasChanged();
                break;
        }
    }

    /// <summary>A result link was followed (clicked, middle-clicked, opened in a new tab) from the results on screen.</summary>
    [JSInvokable]
    public void Opened(string documentId)
    {
        // Only a result on screen counts: the browser's word is not taken for any other document.
        if (Results.Any(hit => hit.Id == documentId))
        {
            _searchLog?.Opened(documentId);
        }
    }

    private async Task UseSuggestion(string suggestion)
    {
        // The box takes the correction and sends it back as a change like any other; if the agent
        // typed meanwhile, their text stays.
        if (await SetBoxTextAsync(suggestion + " ", keepAddress: true))
        {
            await NavigateAsync(replace: false);
            await JS.InvokeVoidAsync("kb.focus", "search-input");
        }
    }

    private async Task<bool> SetBoxTextAsync(string text, bool keepAddress = false)
    {
        try
        {
            return await JS.InvokeAsync<bool>("kbSearch.setText", text, _typing.Latest.Sequence, keepAddress);
        }
        catch (JSDisconnectedException)
        {
            return false; // The tab is gone.
        }
    }

    // The address is written in the browser, with the box's text as it is when the navigation
    // happens: a text typed while this call travels can never be replaced by an older one.
    private async Task NavigateAsync(bool replace)
    {
        try
        {
            await JS.InvokeVoidAsync("kbSearch.navigate", new Dictionary<string, string?> { ["lang"] = Lang, ["type"] = Type, ["tag"] = Tag }, replace);
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone.
        }
    }
}
