using KnowledgeBase.Search.Json;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.Search.Suggestions;
using KnowledgeBase.Web.Api.Contract;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Api;

/// <summary><c>GET /api/v1/search</c> and <c>POST /api/v1/suggest</c>: the index the app and <c>kb</c> search, in the same JSON as <c>kb … --json</c>.</summary>
internal static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Search articles and templates")
            .WithDescription("The same results as the app's search box and `kb search --json`: grouped by document, each with the section that answers best and a snippet with the matched words marked. `q` is any text (no query syntax); the last word counts as a prefix. `top` is 1–100 (default 10).")
            .Produces<SearchResultsJson>()
            .ProducesValidationProblem();
        api.MapPost("/suggest", SuggestAsync)
            .WithName("Suggest")
            .WithSummary("Suggest templates and SOP sections for a customer's message")
            .WithDescription("The same suggestions as the Reply page and `kb suggest --json`: templates first, then SOP sections, one ranked list. The language is detected from the message unless `lang` is given.")
            .Accepts<SuggestBody>("application/json")
            .Produces<SuggestionsJson>()
            .ProducesValidationProblem();
        return api;
    }

    private static IResult Search(
        HttpContext context,
        ISearchService search,
        ApiSearchLogs logs,
        [FromQuery] string? q,
        [FromQuery] string? lang,
        [FromQuery] string? type,
        [FromQuery] string? tag,
        [FromQuery] string? top)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return ApiProblems.Invalid("q", "Give 'q', the text to search for.");
        }

        if (!ApiQuery.TryLanguage("lang", lang, out var language, out var problem)
            || !ApiQuery.TryKind(type, out var kind, out problem)
            || !ApiQuery.TryRange("top", top, 1, 100, 10, out var count, out problem))
        {
            return problem!;
        }

        var caller = ApiCaller.Of(context);
        var response = search.Search(new SearchRequest(q)
        {
            Language = language,
            Kind = kind,
            Tag = string.IsNullOrWhiteSpace(tag) ? null : tag.Trim(),
            Top = count,
            PreferredLanguage = caller.PreferredLanguage,
        });
        logs.Searched(caller.Client, caller.Account.Id, q, language, response.Total);
        return TypedResults.Ok(SearchResultsJson.From(response));
    }

    private static async Task<IResult> SuggestAsync(HttpContext context, ISuggestionService suggestions)
    {
        var (body, problem) = await ApiJsonBody.ReadAsync<SuggestBody>(context);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.Message))
        {
            return ApiProblems.Invalid("message", "Give 'message', what the customer wrote.");
        }

        if (!ApiQuery.TryLanguage("lang", body.Lang, out var language, out problem))
        {
            return problem!;
        }

        if (body.Top is < 1 or > 50)
        {
            return ApiQuery.OutOfRange("top", 1, 50);
        }

        if (body.Sections is < 0 or > 50)
        {
            return ApiQuery.OutOfRange("sections", 0, 50);
        }

        var caller = ApiCaller.Of(context);
        var response = suggestions.Suggest(new SuggestionRequest(body.Message)
        {
            Language = language,
            AgentLanguages = caller.PreferredLanguage is { } mine ? [mine] : [],
            Templates = body.Top ?? 5,
            Sections = body.Sections ?? 3,
        });
        return TypedResults.Ok(SuggestionsJson.From(response));
    }
}
