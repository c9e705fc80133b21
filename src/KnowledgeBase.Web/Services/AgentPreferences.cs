using KnowledgeBase.Content.Model;
using Microsoft.JSInterop;

namespace KnowledgeBase.Web.Services;

/// <summary>
/// The agent's own settings for this browser, kept in local storage until accounts exist:
/// the preferred language, which ranks first in results. One per circuit (browser tab).
/// </summary>
public sealed class AgentPreferences(IJSRuntime js)
{
    private const string LanguageKey = "kb.preferredLanguage";
    private bool _loaded;

    /// <summary>Raised when a preference changes, so open pages can re-run their search.</summary>
    public event Action? Changed;

    /// <summary>The preferred language, or null until it is known (or when none is set).</summary>
    public string? PreferredLanguage { get; private set; }

    /// <summary>Reads the stored preference once, after the first interactive render (JS is not available before).</summary>
    public async Task LoadAsync()
    {
        if (_loaded)
        {
            return;
        }

        _loaded = true;
        try
        {
            var stored = await js.InvokeAsync<string?>("kb.getPreference", LanguageKey);
            var language = Languages.IsSupported(stored ?? string.Empty) ? stored : await BrowserLanguageAsync();
            if (language != PreferredLanguage)
            {
                PreferredLanguage = language;
                Changed?.Invoke();
            }
        }
        catch (JSDisconnectedException)
        {
            // The tab closed while loading; nothing to remember.
        }
    }

    public async Task SetPreferredLanguageAsync(string? language)
    {
        PreferredLanguage = language is not null && Languages.IsSupported(language) ? language : null;
        await js.InvokeVoidAsync("kb.setPreference", LanguageKey, PreferredLanguage ?? string.Empty);
        Changed?.Invoke();
    }

    private async Task<string?> BrowserLanguageAsync()
    {
        var browser = await js.InvokeAsync<string?>("kb.browserLanguage");
        var code = browser is { Length: >= 2 } ? browser[..2].ToLowerInvariant() : null;
        return code is not null && Languages.IsSupported(code) ? code : null;
    }
}
