using System.Text.Json;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Templates.Rendering;
using KnowledgeBase.Web.Security;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Web.Services;

/// <summary>
/// The agent's own settings: the preferred language, which ranks first in results, and the name,
/// e-mail and signature that templates print. For a signed-in user they live in the account's
/// profile (<see cref="IUserStore"/>); without one (a component test) in the browser's local
/// storage. Values the agent has not set fall back to the <c>KnowledgeBase:Agent</c> settings.
/// One per circuit (browser tab). Until the agent chooses, the preferred language is the browser's
/// (when the content has it); the layout loads it on every page, so "My language" shows the same
/// everywhere.
/// </summary>
public sealed class AgentPreferences(IJSRuntime js, IOptions<AgentOptions> defaults, CurrentUser currentUser, AccountService accounts)
{
    private const string LanguageKey = "kb.preferredLanguage";

    // Saved in the profile's language list when the agent chose "Any": without it an empty list
    // (never chosen) and "Any" look the same, and the browser's language would come back on every load.
    private const string AnyLanguage = "*";
    private const string ProfileKey = "kb.agentProfile";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private AgentProfile? _stored;
    private bool _loaded;
    private Task? _loading;

    /// <summary>Raised when a preference changes, so open pages can re-run their search or preview.</summary>
    public event Action? Changed;

    /// <summary>The preferred language, or null until it is known (or when none is set).</summary>
    public string? PreferredLanguage { get; private set; }

    /// <summary>True once the stored values have been read (or found missing).</summary>
    public bool IsLoaded => _loaded;

    /// <summary>What templates print for <c>agent.*</c>: the agent's own values, else the app's settings.</summary>
    public AgentProfile Profile => new(
        Pick(_stored?.Name, defaults.Value.Name),
        Pick(_stored?.Email, defaults.Value.Email),
        Pick(_stored?.Signature, defaults.Value.Signature));

    /// <summary>The values the app's settings give, shown as placeholders on the "My details" page.</summary>
    public AgentProfile Defaults => new(defaults.Value.Name, defaults.Value.Email, defaults.Value.Signature);

    /// <summary>Only what the agent saved (in their profile).</summary>
    public AgentProfile Stored => _stored ?? AgentProfile.Empty;

    /// <summary>
    /// Reads the stored preferences once, after the first interactive render (JS is not available
    /// before). Every caller waits for the same read: the layout and the page both ask.
    /// </summary>
    public Task LoadAsync() => _loading ??= ReadAsync();

    private async Task ReadAsync()
    {
        _loaded = true;
        try
        {
            if (await currentUser.GetAsync() is { } user)
            {
                var saved = user.PreferredLanguages.FirstOrDefault(l => l == AnyLanguage || Languages.IsSupported(l));
                PreferredLanguage = saved is null ? await BrowserLanguageAsync() : saved == AnyLanguage ? null : saved;
                _stored = new AgentProfile(user.DisplayName, user.Email, user.Signature);
                Changed?.Invoke();
                return;
            }

            var stored = await js.InvokeAsync<string?>("kb.getPreference", LanguageKey);
            var language = Languages.IsSupported(stored ?? string.Empty) ? stored : await BrowserLanguageAsync();
            var profile = ReadProfile(await js.InvokeAsync<string?>("kb.getPreference", ProfileKey));
            if (language != PreferredLanguage || profile is not null)
            {
                PreferredLanguage = language;
                _stored = profile;
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
        if (await currentUser.GetAsync() is { } user)
        {
            // The chosen language first; the others the profile lists keep their order behind it.
            IReadOnlyList<string> languages = PreferredLanguage is null ? [AnyLanguage] : [PreferredLanguage, .. user.PreferredLanguages.Where(l => l != PreferredLanguage && l != AnyLanguage)];
            accounts.UpdateProfile(user.Id, new UserProfile(user.DisplayName, user.Email, user.Signature, languages));
        }
        else
        {
            await js.InvokeVoidAsync("kb.setPreference", LanguageKey, PreferredLanguage ?? string.Empty);
        }

        Changed?.Invoke();
    }

    /// <summary>Saves the agent's own values in their profile; a blank value falls back to the settings.</summary>
    public async Task SetProfileAsync(AgentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _stored = new AgentProfile(Clean(profile.Name), Clean(profile.Email), Clean(profile.Signature));
        if (await currentUser.GetAsync() is { } user)
        {
            accounts.UpdateProfile(user.Id, new UserProfile(_stored.Name, _stored.Email, _stored.Signature, user.PreferredLanguages));
            Changed?.Invoke();
            return;
        }

        var empty = _stored.Name is null && _stored.Email is null && _stored.Signature is null;
        await js.InvokeVoidAsync("kb.setPreference", ProfileKey, empty ? string.Empty : JsonSerializer.Serialize(_stored, Json));
        Changed?.Invoke();
    }

    private static AgentProfile? ReadProfile(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AgentProfile>(json, Json);
        }
        catch (JsonException)
        {
            // Hand-edited or from an older version: start again rather than fail the page.
            return null;
        }
    }

    private static string? Pick(string? own, string? fallback) => Clean(own) ?? Clean(fallback);

    private static string? Clean(string? value)
    {
        var normalized = value?.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return string.IsNullOrEmpty(normalized) ? null : normalized;
    }

    private async Task<string?> BrowserLanguageAsync()
    {
        var browser = await js.InvokeAsync<string?>("kb.browserLanguage");
        var code = browser is { Length: >= 2 } ? browser[..2].ToLowerInvariant() : null;
        return code is not null && Languages.IsSupported(code) ? code : null;
    }
}
