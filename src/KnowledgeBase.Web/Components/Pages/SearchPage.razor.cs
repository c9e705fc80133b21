using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Web.Components.Search;
using KnowledgeBase.Web.Insights;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace KnowledgeBase.Web.Components.Pages;

/// <summary>
/// The agent's home: one search box, results as they type, filters with counts. The query and
/// filters live in the URL (<c>/?q=delivery+times&amp;lang=en</c>) so a search can be shared and the
/// back button works; typing replaces the current history entry, choosing a filter adds one.
/// </summary>
public sealed partial class SearchPage : IDisposable
{
    private readonly Lock _timerGate = new();
    private string _query = string.Empty;

    // The box owns its text while the agent types: re-rendering a server-side value into it would
    // overwrite keystrokes still on their way (typing "delivery times" could leave "des"). The value
    // is rendered once, for the first paint; later changes from our side go through SetBoxTextAsync.
    private string _initialQuery = string.Empty;
    private bool _interactive;
    private SearchResponse? _response;
    private int _selected;
    private ITimer? _debounce;
    private ITimer? _indexingPoll;
    private bool _searchPending;
    private string? _searchedLanguage;
    private SearchLog? _searchLog;

    // Counts searches shown; rendered as an attribute so a browser can tell that results were updated.
    private int _searches;
    private (string? Q, string? Lang, string? Type, string? Tag) _applied = (null, null, null, null);

    [Inject]
    private ISearchService Search { get; set; } = null!;

    [Inject]
    private IContentUpdates Updates { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private KnowledgeBase.Content.Library.ContentLibrary Library { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private IJSRuntime JS { get; set; } = null!;

    [Inject]
    private AgentPreferences Preferences { get; set; } = null!;

    [Inject]
    private IOptions<SearchUiOptions> Options { get; set; } = null!;

    [Inject]
    private InsightRecorder Insights { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "q")]
    public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "lang")]
    public string? Lang { get; set; }

    [SupplyParameterFromQuery(Name = "type")]
    public string? Type { get; set; }

    [SupplyParameterFromQuery(Name = "tag")]
    public string? Tag { get; set; }

    private IReadOnlyList<SearchHit> Results => _response?.Results ?? [];

    /// <summary>The selected result when it is a reply template: its form shows beside the results.</summary>
    private ReplyTemplate? SelectedTemplate =>
        _selected >= 0 && _selected < Results.Count && Results[_selected].Kind == DocumentKind.Template
            ? Library.Current.Find(Results[_selected].Id) as ReplyTemplate
            : null;

    /// <summary>Matches the language filter hides: the "same query in all languages" hint.</summary>
    private int OtherLanguagesCount => Lang is null || _response is null
        ? 0
        : _response.Facets.Language.Where(l => l.Key != Lang).Sum(l => l.Value);

    protected override void OnInitialized()
    {
        Updates.Indexed += OnContentIndexed;
        Preferences.Changed += OnPreferencesChanged;
        if (Search.Status.State is IndexState.Starting or IndexState.Indexing)
        {
            var poll = Options.Value.IndexingPoll;
            _indexingPoll = Time.CreateTimer(_ => _ = InvokeAsync(OnIndexingPoll), null, poll, poll);
        }
    }

    protected override void OnParametersSet()
    {
        // The URL changed from outside (first load, back button, a shared link): show what it says.
        if (_applied != (Q, Lang, Type, Tag))
        {
            _applied = (Q, Lang, Type, Tag);
            var fromUrl = Q ?? string.Empty;
            if (fromUrl != _query && _interactive)
            {
                _ = SetBoxTextAsync(fromUrl);
            }

            _query = fromUrl;
            _initialQuery = _interactive ? _initialQuery : fromUrl;
            RunSearch();
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _interactive = true;

            // Only an open tab logs searches, so the log starts here: a page rendered before the tab
            // connects (prerendering the first response to /?q=…), or for any plain request of a
            // search link (a script, a link preview), never gets here. Logging those would count a
            // shared link twice and let a loop of requests fill the database.
            _searchLog = Insights.StartSearchLog();
            if (_response is not null)
            {
                _searchLog.Searched(_query, Lang, _response.Total);
            }

            await Preferences.LoadAsync();
            await JS.InvokeVoidAsync("kb.focus", "search-input");
        }
    }

    private void OnInput(ChangeEventArgs e)
    {
        _query = e.Value?.ToString() ?? string.Empty;
        lock (_timerGate)
        {
            _searchPending = true;
            _debounce ??= Time.CreateTimer(_ => _ = InvokeAsync(SearchAfterTyping), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _debounce.Change(Options.Value.Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void SearchAfterTyping()
    {
        lock (_timerGate)
        {
            if (!_searchPending)
            {
                return;
            }

            _searchPending = false;
        }

        RunSearch();
        UpdateUrl(replace: true);
        StateHasChanged();
    }

    private void RunSearch()
    {
        if (string.IsNullOrWhiteSpace(_query))
        {
            _searches++;
            _response = null;
            _selected = 0;
            _searchLog?.Searched(string.Empty, Lang, 0);
            return;
        }

        _searches++;
        _searchedLanguage = Preferences.PreferredLanguage;
        _response = Search.Search(new SearchRequest(_query)
        {
            Language = Lang,
            Kind = ParseKind(Type),
            Tag = Tag,
            Top = Options.Value.Results,
            PreferredLanguage = Preferences.PreferredLanguage,
        });
        _selected = 0;
        _searchLog?.Searched(_query, Lang, _response.Total);
    }

    private async Task OnKeyDown(KeyboardEventArgs e)
    {
        // A key that acts on the results acts on the results for what was typed: a search still
        // waiting for the pause would otherwise arrive after the key and undo the selection.
        if (e.Key is "ArrowDown" or "ArrowUp" or "Enter")
        {
            FlushPendingSearch();
        }

        switch (e.Key)
        {
            case "ArrowDown" when Results.Count > 0:
                await Select(Math.Min(_selected + 1, Results.Count - 1));
                await JS.InvokeVoidAsync("kb.revealOption", SearchResultList.OptionId(_selected));
                break;
            case "ArrowUp" when Results.Count > 0:
                await Select(Math.Max(_selected - 1, 0));
                await JS.InvokeVoidAsync("kb.revealOption", SearchResultList.OptionId(_selected));
                break;
            case "Enter":
                if (e.CtrlKey || e.MetaKey)
                {
                    await CopySelectedLink();
                }
                else
                {
                    await Open(_selected);
                }

                break;
            case "Escape":
                // Clearing the box after reading the results: what was on screen was a search.
                _searchLog?.Flush();
                CancelPendingSearch();
                _query = string.Empty;
                await SetBoxTextAsync(_query);
                RunSearch();
                UpdateUrl(replace: true);
                break;
        }
    }

    private void FlushPendingSearch()
    {
        if (CancelPendingSearch())
        {
            RunSearch();
            UpdateUrl(replace: true);
        }
    }

    private bool CancelPendingSearch()
    {
        lock (_timerGate)
        {
            var pending = _searchPending;
            _searchPending = false;
            _debounce?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return pending;
        }
    }

    private Task Select(int index)
    {
        _selected = index;
        return Task.CompletedTask;
    }

    private Task Open(int index)
    {
        if (index >= 0 && index < Results.Count)
        {
            var hit = Results[index];
            _searchLog?.Opened(hit.Id);
            Navigation.NavigateTo(DocumentUrls.For(hit.Id, hit.Section));
        }

        return Task.CompletedTask;
    }

    // A template copied or inserted from the panel beside the results is the search's answer, as
    // much as an opened article.
    private void TemplateUsed(ReplyTemplate template) => _searchLog?.Opened(template.Id);

    private async Task CopySelectedLink()
    {
        if (_selected >= 0 && _selected < Results.Count)
        {
            var hit = Results[_selected];
            await JS.InvokeAsync<bool>("kb.copyLink", DocumentUrls.For(hit.Id, hit.Section));
        }
    }

    private async Task UseSuggestion(string suggestion)
    {
        _query = suggestion + " ";
        await SetBoxTextAsync(_query);
        RunSearch();
        UpdateUrl(replace: false);
        await JS.InvokeVoidAsync("kb.focus", "search-input");
    }

    private async Task SetBoxTextAsync(string text)
    {
        try
        {
            await JS.InvokeVoidAsync("kb.setValue", "search-input", text);
        }
        catch (JSDisconnectedException)
        {
            // The tab is gone.
        }
    }

    private void SelectType(string? type) => ChangeFilter(() => Type = type);

    private void SelectLanguage(string? language) => ChangeFilter(() => Lang = language);

    private void SelectTag(string? tag) => ChangeFilter(() => Tag = tag);

    private void ChangeFilter(Action change)
    {
        change();
        CancelPendingSearch();
        RunSearch();
        UpdateUrl(replace: false);
    }

    private void UpdateUrl(bool replace)
    {
        var query = string.IsNullOrWhiteSpace(_query) ? null : _query;
        _applied = (query, Lang, Type, Tag);
        var uri = Navigation.GetUriWithQueryParameters(Navigation.BaseUri, new Dictionary<string, object?>
        {
            ["q"] = query,
            ["lang"] = Lang,
            ["type"] = Type,
            ["tag"] = Tag,
        });
        Navigation.NavigateTo(uri, replace: replace);
    }

    private void OnContentIndexed(ContentIndexed indexed) => _ = InvokeAsync(() =>
    {
        if (_response is not null)
        {
            var selected = _selected;
            RunSearch();
            _selected = Math.Min(selected, Math.Max(0, Results.Count - 1));
        }

        StateHasChanged();
    });

    // Preferences load from the browser a moment after the page: a search already shown is re-ranked
    // only when the preferred language changed, and the agent's selected result stays selected.
    private void OnPreferencesChanged() => _ = InvokeAsync(() =>
    {
        if (_response is not null && _searchedLanguage != Preferences.PreferredLanguage)
        {
            var selectedId = _selected < Results.Count ? Results[_selected].Id : null;
            RunSearch();
            var index = Results.Select(hit => hit.Id).ToList().IndexOf(selectedId!);
            _selected = Math.Max(0, index);
        }

        StateHasChanged();
    });

    private void OnIndexingPoll()
    {
        if (Search.Status.State is not (IndexState.Starting or IndexState.Indexing))
        {
            _indexingPoll?.Dispose();
            _indexingPoll = null;
            RunSearch();
        }

        StateHasChanged();
    }

    private static DocumentKind? ParseKind(string? type) => type switch
    {
        "article" => DocumentKind.Article,
        "template" => DocumentKind.Template,
        _ => null,
    };

    private static string TypeLabel(string type) => type == "article" ? "SOPs" : "Templates";

    public void Dispose()
    {
        Updates.Indexed -= OnContentIndexed;
        Preferences.Changed -= OnPreferencesChanged;
        lock (_timerGate)
        {
            _debounce?.Dispose();
        }

        _indexingPoll?.Dispose();

        // Leaving the page logs the search that was on screen.
        _searchLog?.Dispose();
    }
}
