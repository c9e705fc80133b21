using KnowledgeBase.Web.Components.Pages;

namespace KnowledgeBase.Web.Tests.Search;

/// <summary>
/// Stands in for <c>wwwroot/js/search-box.js</c> in component tests, which run no JavaScript: numbers
/// every change to the box and calls the page the way the script does, in the same order.
/// </summary>
internal sealed class BrowserSearchBox(IRenderedComponent<SearchPage> page)
{
    private long _sequence;

    /// <summary>The number of the newest change.</summary>
    public long Sequence => _sequence;

    /// <summary>The box now holds <paramref name="text"/>; returns when the page has handled it (and searched, if it was free).</summary>
    public Task TypeAsync(string text) => page.InvokeAsync(() => page.Instance.Typed(++_sequence, text));

    /// <summary>Each text one change after the other, all arriving while the page is still busy with the first.</summary>
    public Task TypeWhileBusyAsync(params string[] texts) =>
        page.InvokeAsync(() => Task.WhenAll(texts.Select(text => page.Instance.Typed(++_sequence, text)).ToList()));

    /// <summary>A change that arrives late, after newer ones (its number is older).</summary>
    public Task ArriveLateAsync(long sequence, string text) => page.InvokeAsync(() => page.Instance.Typed(sequence, text));

    public Task PressAsync(string key, bool ctrl = false) => page.InvokeAsync(() => page.Instance.Key(_sequence, key, ctrl));

    /// <summary>Esc as the script does it: the key first (the page logs the search on screen), then the empty box.</summary>
    public async Task EscapeAsync()
    {
        await PressAsync("Escape");
        await TypeAsync(string.Empty);
    }
}
