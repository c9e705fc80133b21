using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Web.Components.Search;
using KnowledgeBase.Web.Insights;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace KnowledgeBase.Web.Components.Pages;

/// <summary>
/// The agent's home: one search box, results as they type, filters with counts. The query and
/// filters live in the URL (<c>/?q=delivery+times&amp;lang=en</c>) so a search can be shared and the
/// back button works; typing replaces the current history entry, choosing a filter adds one.
/// The box belongs to the browser (<c>wwwroot/js/search-box.js</c>): it numbers every change, keeps
/// <c>?q=</c> in step and sends the text here (<see cref="Typed"/>), so the server never writes over
/// keystrokes still on their way. How keystrokes become searches is <see cref="TypingCoalescer"/>'s part.
/// </summary>
public sealed partial class SearchPage : IDisposable
{
    private TypingCoalescer _typing = new(string.Empty);
    private string _query = string.Empty;

    // The value rendered into the box: the address's text for the first paint, never changed after,
    // so a re-render can never put an older text into the box the agent is typing in.
    private string _initialQuery = string.Empty;
    private bool _interactive;
    private SearchResponse? _response;
    private int _selected;

    // True once the agent chose a result (arrows, pointer) rather than the first one being selected for them.
    private bool _chosen;
    private ITimer? _indexingPoll;
    private SearchLog? _searchLog;
    private DotNetObjectReference<SearchPage>? _self;

    // The number of the box change whose results are on screen; rendered as data-searched, so the
    // browser (and tests) can tell which text the results are for.
    private long _shownSequence;

    // What the results on screen were searched with: the same again needs no new search.
    private SearchKey? _searched;
    private (string? Lang, string? Type, string? Tag)? _appliedFilters;

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
        _initialQuery = Q ?? string.Empty;
        _typing = new TypingCoalescer(_initialQuery);
        Updates.Indexed += OnContentIndexed;
        Preferences.Changed += OnPreferencesChanged;
        if (Search.Status.State is IndexState.Starting or IndexState.Indexing)
        {
            var poll = Options.Value.IndexingPoll;
            _indexingPoll = Time.CreateTimer(_ => RunInBackground(OnIndexingPoll), null, poll, poll);
        }
    }

    protected override void OnParametersSet()
    {
        // Our own navigations (a filter, "did you mean") come back here with the text the box held
        // when they were made, which the box has already sent: only a different text is news, from
        // Back, Forward or a link, and the box follows it unless the agent has typed since.
        var text = Q ?? string.Empty;
        var textChanged = text != _typing.Latest.Text;
        if (!textChanged && _appliedFilters == (Lang, Type, Tag))
        {
            return;
        }

        _appliedFilters = (Lang, Type, Tag);
        if (textChanged)
        {
            _typing.Adopt(text);
            if (_interactive)
            {
                RunInBackground(() => SetBoxTextAsync(text));
            }
        }

        SearchLatest();
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

            // The preferred language first, so the first results are ranked as they stay (results
            // re-ranking under the agent's eyes made Enter open another result than the one read).
            // What the agent types meanwhile waits in the browser and is searched on attaching.
            await JS.InvokeVoidAsync("kb.focus", "search-input");
            await Preferences.LoadAsync();
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("kbSearch.attach", _self);
        }
    }

    /// <summary>Searches the newest text the box is known to hold, unless its results are on screen already.</summary>
    private void SearchLatest()
    {
        _typing.TryTake(out _);
        var latest = _typing.Latest;
        if (_searched != CurrentKey(latest.Text))
        {
            _query = latest.Text;
            RunSearch();
        }

        _shownSequence = latest.Sequence;
    }

    private SearchKey CurrentKey(string text) => new(text, Lang, Type, Tag, Preferences.PreferredLanguage);

    private void RunSearch()
    {
        _searched = CurrentKey(_query);
        if (!IsSearchable(_query))
        {
            _response = null;
            (_selected, _chosen) = (0, false);
            _searchLog?.Searched(string.Empty, Lang, 0);
            return;
        }

        _response = Search.Search(new SearchRequest(_query)
        {
            Language = Lang,
            Kind = ParseKind(Type),
            Tag = Tag,
            Top = Options.Value.Results,
            PreferredLanguage = Preferences.PreferredLanguage,
        });
        (_selected, _chosen) = (0, false);
        _searchLog?.Searched(_query, Lang, _response.Total);
    }

    // "/" starts a template shortcut ("/refund"); alone it is not a question yet.
    private static bool IsSearchable(string text) => !text.AsSpan().Trim().TrimStart('/').IsWhiteSpace();

    private Task Select(int index)
    {
        _selected = index;
        _chosen = true;
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

    private void SelectType(string? type) => ChangeFilter(() => Type = type);

    private void SelectLanguage(string? language) => ChangeFilter(() => Lang = language);

    private void SelectTag(string? tag) => ChangeFilter(() => Tag = tag);

    private void ChangeFilter(Action change)
    {
        change();
        _appliedFilters = (Lang, Type, Tag);
        SearchLatest();
        RunInBackground(() => NavigateAsync(replace: false));
    }

    private void OnContentIndexed(ContentIndexed indexed) => RunInBackground(() =>
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
    // only when the preferred language changed. A result the agent chose stays selected; otherwise
    // the first result, as re-ranked, is (Enter opens what is shown first).
    private void OnPreferencesChanged() => RunInBackground(() =>
    {
        if (_response is not null && _searched != CurrentKey(_query))
        {
            var (selectedId, chosen) = (_selected < Results.Count ? Results[_selected].Id : null, _chosen);
            RunSearch();
            var index = chosen ? Results.Select(hit => hit.Id).ToList().IndexOf(selectedId!) : -1;
            (_selected, _chosen) = index >= 0 ? (index, true) : (0, false);
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
        _indexingPoll?.Dispose();
        _self?.Dispose();

        // Leaving the page logs the search that was on screen.
        _searchLog?.Dispose();
    }

    /// <summary>What a search ran with; results for the same key are the same results.</summary>
    private sealed record SearchKey(string Text, string? Lang, string? Type, string? Tag, string? PreferredLanguage);
}
