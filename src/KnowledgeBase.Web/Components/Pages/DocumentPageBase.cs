using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Storage.Activity;
using KnowledgeBase.Web.Security;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;

namespace KnowledgeBase.Web.Components.Pages;

/// <summary>
/// What the article and template pages share: find the document the route names, show it, scroll
/// to and mark the section a deep link names, and refresh in place when its file changes on disk.
/// </summary>
public abstract class DocumentPageBase : BackgroundAwareComponent, IDisposable
{
    private bool _enhance;

    [Parameter]
    public string? Path { get; set; }

    [Inject]
    protected ContentLibrary Library { get; set; } = null!;

    [Inject]
    private IContentUpdates Updates { get; set; } = null!;

    /// <summary>The HTTP request, cascaded only while the server prerenders the page.</summary>
    [CascadingParameter]
    private HttpContext? Request { get; set; }

    [Inject]
    protected DocumentHtml Html { get; set; } = null!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = null!;

    [Inject]
    protected IJSRuntime JS { get; set; } = null!;

    [Inject]
    protected ViewStatistics Views { get; set; } = null!;

    [Inject]
    protected CurrentUser CurrentUser { get; set; } = null!;

    [Inject]
    protected IActivityStore Activity { get; set; } = null!;

    [Inject]
    protected TimeProvider Time { get; set; } = null!;

    /// <summary>The signed-in user's id (null in a test without one), known before parameters are set.</summary>
    protected int? UserId { get; private set; }

    protected ContentDocument? Document { get; private set; }

    /// <summary>True when the file changed on disk while the page was open (shown as a quiet notice).</summary>
    protected bool Refreshed { get; private set; }

    /// <summary>The page's own path, for section links (<c>/articles/en/…</c>).</summary>
    protected string PagePath => Document is null ? string.Empty : DocumentUrls.For(Document);

    /// <summary>The route's folder: <c>articles</c> or <c>templates</c>.</summary>
    protected abstract string Folder { get; }

    protected override void OnInitialized()
    {
        Updates.Indexed += OnContentIndexed;
        Navigation.LocationChanged += OnLocationChanged;
    }

    protected override async Task OnInitializedAsync() => UserId = await CurrentUser.GetIdAsync();

    protected override void OnParametersSet()
    {
        var document = DocumentUrls.Resolve(Library.Current, Folder, Path);
        // Counted in the live page only: a full page load renders twice (prerender, then the circuit),
        // and only the prerender has the request's HttpContext.
        if (document?.Id != Document?.Id && document is not null && Request is null)
        {
            Views.Record(document.Id);
            if (UserId is { } userId)
            {
                Activity.RecordView(userId, document.Id, Time.GetUtcNow());
            }
        }

        Document = document;
        Refreshed = false;
        _enhance = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_enhance && Document is not null)
        {
            _enhance = false;
            await JS.InvokeVoidAsync("kb.enhanceHeadings", "document-body", PagePath);
            await JS.InvokeAsync<bool>("kb.showSection", Fragment(Navigation.Uri));
        }
    }

    private void OnContentIndexed(ContentIndexed indexed)
    {
        if (Document is not null && indexed.Ids.Contains(Document.Id))
        {
            RunInBackground(() =>
            {
                Document = indexed.Snapshot.Find(Document.Id);
                Refreshed = true;
                _enhance = true;
                StateHasChanged();
            });
        }
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) =>
        RunInBackground(async () =>
        {
            try
            {
                await JS.InvokeAsync<bool>("kb.showSection", Fragment(e.Location));
            }
            catch (JSDisconnectedException)
            {
                // Navigated away and the tab closed; nothing to scroll.
            }
        });

    private static string? Fragment(string uri)
    {
        var hash = uri.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 && hash < uri.Length - 1 ? uri[(hash + 1)..] : null;
    }

    public void Dispose()
    {
        Updates.Indexed -= OnContentIndexed;
        Navigation.LocationChanged -= OnLocationChanged;
        GC.SuppressFinalize(this);
    }
}
