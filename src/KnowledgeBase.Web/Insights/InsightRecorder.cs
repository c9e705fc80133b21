using System.Globalization;
using System.Security.Claims;
using KnowledgeBase.Storage.Activity;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Web.RateLimits;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Insights;

/// <summary>
/// What pages call to record insights for the signed-in agent (one per circuit). Every method
/// returns at once and never throws: recording must not get in the agent's way.
/// </summary>
public sealed class InsightRecorder(
    InsightWriter writer,
    SearchLogThrottle throttle,
    IActivityStore activity,
    TimeProvider time,
    IOptions<InsightsUiOptions> options,
    IServiceProvider services,
    ILogger<InsightRecorder> logger)
{
    private readonly Lock _gate = new();
    private Task<string?>? _user;

    /// <summary>
    /// Records as this account from now on instead of asking the circuit: API requests carry their
    /// user in an access token and have no Blazor authentication state.
    /// </summary>
    public InsightRecorder ForUser(int userId)
    {
        lock (_gate)
        {
            _user = Task.FromResult<string?>(userId.ToString(CultureInfo.InvariantCulture));
        }

        return this;
    }

    /// <summary>A search log for one search page: it decides which of the searches run as the agent types are logged.</summary>
    public SearchLog StartSearchLog() => new(this, time, options.Value.SearchPause);

    internal void RecordSearch(Guid id, string query, string? language, int resultCount, string? openedDocumentId)
    {
        var (at, user) = (time.GetUtcNow(), UserIdAsync());
        Enqueue(async store =>
        {
            // Bounded per user (repeats, searches per minute): see SearchLogThrottle.
            var userId = await user;
            if (throttle.ShouldLog(id, userId, query, language, at, out var loggedAs))
            {
                store.RecordSearch(new SearchEvent(id, at, userId, query, language, resultCount, openedDocumentId));
            }
            else if (openedDocumentId is not null && loggedAs != id)
            {
                store.RecordOpened(loggedAs, openedDocumentId);
            }
        });
    }

    internal void RecordOpened(Guid searchId, string documentId)
    {
        var user = UserIdAsync();
        Enqueue(async store => store.RecordOpened(throttle.Resolve(await user, searchId), documentId));
    }

    /// <summary>
    /// A template copied or inserted, for the channel its form was on: one event for the lead's
    /// insights and, for a signed-in agent, the home page's "recently used templates".
    /// </summary>
    public void RecordTemplateUse(string templateId, TemplateAction action, string? channel)
    {
        var (at, user) = (time.GetUtcNow(), UserIdAsync());
        Enqueue(async store =>
        {
            var userId = await user;
            store.RecordTemplateUse(new TemplateUseEvent(at, userId, templateId, action, channel));
            if (int.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var accountId))
            {
                activity.RecordTemplateUse(accountId, templateId, at);
            }
        });
    }

    /// <summary>"Was this helpful?" on an article; the same <paramref name="ballot"/> again replaces the vote.</summary>
    public void RecordVote(string documentId, bool helpful, string? comment, Guid ballot)
    {
        var (at, user) = (time.GetUtcNow(), UserIdAsync());
        Enqueue(async store => store.RecordVote(new ArticleVote(at, await user, documentId, helpful, comment), ballot));
    }

    private void Enqueue(Func<IInsightStore, Task> write)
    {
        try
        {
            writer.Enqueue(write);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Could not queue an insight event");
        }
    }

    // Asked for when the event happens, on the circuit's scope: by the time the queue writes it,
    // the agent may have closed the tab and the scope may be gone.
    private Task<string?> UserIdAsync()
    {
        lock (_gate)
        {
            return _user ??= ResolveUserAsync();
        }
    }

    // Until accounts exist there is no authentication state, and events are recorded without a user.
    private async Task<string?> ResolveUserAsync()
    {
        try
        {
            if (services.GetService<AuthenticationStateProvider>() is not { } provider)
            {
                return null;
            }

            var state = await provider.GetAuthenticationStateAsync();
            return state.User.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogDebug(e, "No authentication state for insight events");
            return null;
        }
    }
}
