using System.Text.Json;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Json;
using KnowledgeBase.Search.Phrasebook;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Templates.Json;
using KnowledgeBase.Templates.Rendering;
using KnowledgeBase.Web.Api.Contract;
using KnowledgeBase.Web.Insights;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Api;

/// <summary>Writing replies: render a template, lint a reply, count a template put into a reply.</summary>
internal static class ReplyEndpoints
{
    public static RouteGroupBuilder MapReplyEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/render", RenderAsync)
            .WithName("Render")
            .WithSummary("Fill a template in for a channel")
            .WithDescription("The reply as text and as HTML (paragraphs, lists, links; every value encoded). A missing or invalid field, or a channel the template lacks, answers 422 with `errors` keyed by the field name, and `text`/`html` with ⟦gaps⟧ for a live preview. Values for names the template does not declare are ignored. `agent` values left out come from the user's My details.")
            .Accepts<RenderBody>("application/json")
            .Produces<RenderedReplyJson>()
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/lint", LintAsync)
            .WithName("Lint")
            .WithSummary("Check a reply against the language's phrasebook")
            .WithDescription("The avoided phrases in the text (UTF-16 offsets), with what to write instead, as `kb lint --json` prints them. A language without a phrasebook has none.")
            .Accepts<LintBody>("application/json")
            .Produces<LintJson>()
            .ProducesValidationProblem();
        api.MapPost("/events/template-used", TemplateUsedAsync)
            .WithName("TemplateUsed")
            .WithSummary("Count a template put into a reply (insights, the user's recently used templates)")
            .Accepts<TemplateUsedBody>("application/json")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> RenderAsync(HttpContext context, IContentUpdates content, TemplateRenderer renderer, TimeProvider time, IOptions<AgentOptions> defaults)
    {
        var (body, problem) = await ApiJsonBody.ReadAsync<RenderBody>(context);
        if (body is null)
        {
            return problem!;
        }

        if (FindTemplate(content, body.Id, out var template) is { } missing)
        {
            return missing;
        }

        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in body.Values ?? new Dictionary<string, JsonElement>())
        {
            if (Text(value) is { } text)
            {
                values[name] = text.Value;
            }
            else
            {
                Add(errors, name, $"{name}: a value is text, a number or true/false, not {value.ValueKind.ToString().ToLowerInvariant()}");
            }
        }

        var agent = ApiCaller.Of(context).Agent(body.Agent, defaults.Value);
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var reply = renderer.Render(template!, new RenderRequest(body.Channel, values, agent, today));
        foreach (var field in reply.Problems)
        {
            Add(errors, field.Kind == FieldProblemKind.Template ? "template" : field.Field, field.Message);
        }

        if (errors.Count == 0 && !reply.IsComplete)
        {
            // A value that itself looks like a gap (⟦…⟧) would be sent as one.
            Add(errors, "values", "the reply still contains a ⟦gap⟧ marker");
        }

        if (errors.Count > 0)
        {
            var incomplete = new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal))
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The reply is not complete",
                Detail = string.Join("; ", errors.Values.SelectMany(m => m)),
            };

            // The text with its gaps: a form can still show the preview while fields are missing.
            incomplete.Extensions["id"] = template!.Id;
            incomplete.Extensions["channel"] = reply.Channel;
            incomplete.Extensions["text"] = reply.Text;
            incomplete.Extensions["html"] = reply.Html;
            return TypedResults.Problem(incomplete);
        }

        return TypedResults.Ok(RenderedReplyJson.From(reply));
    }

    private static async Task<IResult> LintAsync(HttpContext context, IPhrasebookService phrasebook)
    {
        var (body, problem) = await ApiJsonBody.ReadAsync<LintBody>(context);
        if (body is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(body.Lang))
        {
            return ApiProblems.Invalid("lang", "Give 'lang', the language of the text (e.g. en).");
        }

        if (!ApiQuery.TryLanguage("lang", body.Lang, out var language, out problem))
        {
            return problem!;
        }

        if (body.Text is null)
        {
            return ApiProblems.Invalid("text", "Give 'text', the reply to check.");
        }

        return TypedResults.Ok(LintJson.From(body.Text, phrasebook.Lint(body.Text, language!)));
    }

    private static async Task<IResult> TemplateUsedAsync(HttpContext context, IContentUpdates content, InsightRecorder insights)
    {
        var (body, problem) = await ApiJsonBody.ReadAsync<TemplateUsedBody>(context);
        if (body is null)
        {
            return problem!;
        }

        if (FindTemplate(content, body.Id, out var template) is { } missing)
        {
            return missing;
        }

        var channel = string.IsNullOrWhiteSpace(body.Channel) ? null : body.Channel.Trim().ToLowerInvariant();
        if (channel is not null && !template!.Channels.Contains(channel, StringComparer.OrdinalIgnoreCase))
        {
            return ApiProblems.Invalid("channel", template.Channels.Count == 0
                ? $"'{template.Id}' has one text for every channel; leave 'channel' out."
                : $"channel '{body.Channel}' is not one of this template's channels: {string.Join(", ", template.Channels)}.");
        }

        TemplateAction? action = body.Action?.Trim().ToLowerInvariant() switch
        {
            null or "" or "inserted" => TemplateAction.Inserted,
            "copied" => TemplateAction.Copied,
            _ => null,
        };
        if (action is null)
        {
            return ApiProblems.Invalid("action", $"'action' is inserted or copied, not '{body.Action}'.");
        }

        insights.ForUser(ApiCaller.Of(context).Account.Id).RecordTemplateUse(template!.Id, action.Value, channel);
        return TypedResults.NoContent();
    }

    /// <summary>Null when <paramref name="id"/> names a template; else the problem to answer.</summary>
    private static IResult? FindTemplate(IContentUpdates content, string? id, out ReplyTemplate? template)
    {
        template = null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return ApiProblems.Invalid("id", "Give 'id', the template's id (e.g. templates/en/returns/refund-confirmation).");
        }

        switch (content.Current.Find(id.Trim()))
        {
            case ReplyTemplate found:
                template = found;
                return null;
            case Article article:
                return ApiProblems.NotFound($"'{article.Id}' is an article, not a template.");
            default:
                return ApiProblems.NotFound($"There is no template with id '{id.Trim()}'.");
        }
    }

    private static StringBox? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => new StringBox(value.GetString()),
        JsonValueKind.Number => new StringBox(value.GetRawText()),
        JsonValueKind.True => new StringBox("true"),
        JsonValueKind.False => new StringBox("false"),
        JsonValueKind.Null or JsonValueKind.Undefined => new StringBox(null),
        _ => null,
    };

    private static void Add(Dictionary<string, List<string>> errors, string name, string message)
    {
        if (!errors.TryGetValue(name, out var messages))
        {
            errors[name] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>A value as text, where null (a JSON null) is a value too: the field is left empty.</summary>
    private sealed record StringBox(string? Value);
}
