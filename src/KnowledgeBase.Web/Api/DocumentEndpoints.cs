using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Json;
using KnowledgeBase.Web.Api.Contract;
using KnowledgeBase.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// Documents and templates as the app shows them. Ids contain slashes, so each is given in the
/// query (<c>?id=</c>, the form the browser extension uses) or as the rest of the path.
/// </summary>
internal static class DocumentEndpoints
{
    public static RouteGroupBuilder MapDocumentEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/documents", (HttpContext context, IContentUpdates content, DocumentHtml html, ApiSearchLogs logs, [FromQuery] string? id) =>
                Document(context, content, html, logs, id))
            .WithName("GetDocument")
            .WithSummary("An article or template: title, sections with anchors, HTML and text")
            .WithDescription("`id` is the document's id, e.g. `articles/en/shipping/delivery-times`. The HTML is sanitized; links to other documents point at their pages in the app.")
            .Produces<DocumentJson>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/documents/{**id}", (HttpContext context, IContentUpdates content, DocumentHtml html, ApiSearchLogs logs, string id) =>
                Document(context, content, html, logs, id))
            .WithName("GetDocumentByPath")
            .WithSummary("An article or template, its id as the rest of the path")
            .Produces<DocumentJson>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapDocumentSave();
        api.MapGet("/templates", Templates)
            .WithName("ListTemplates")
            .WithSummary("Every reply template (id, language, title, channels); with ?id= one template's form")
            .WithDescription("Without `id`: the list, optionally of one language (`lang`). With `id`: that template's fields and channels, as `GET /api/v1/templates/{id}` gives them (TemplateJson).")
            .Produces<IReadOnlyList<TemplateSummaryJson>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/templates/{**id}", (IContentUpdates content, string id) => Template(content, id))
            .WithName("GetTemplate")
            .WithSummary("One template's form: fields (declared dotted names), channels")
            .Produces<TemplateJson>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static IResult Document(HttpContext context, IContentUpdates content, DocumentHtml renderer, ApiSearchLogs logs, string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return ApiProblems.Invalid("id", "Give 'id', the document's id (e.g. articles/en/shipping/delivery-times).");
        }

        if (content.Current.Find(id.Trim()) is not { } document)
        {
            return ApiProblems.NotFound($"There is no article or template with id '{id.Trim()}'.");
        }

        if (ApiCaller.ClientKey(context) is { } client)
        {
            logs.Opened(client, document.Id);
        }

        var html = renderer.Render(document);
        return TypedResults.Ok(new DocumentJson(
            document.Id,
            SearchHitJson.TypeName(document.Kind),
            document.Language,
            document.Title,
            DocumentSections.Split(document, html),
            html,
            document.PlainText,
            DocumentUrls.For(document),
            document.ContentHash));
    }

    private static IResult Templates(IContentUpdates content, [FromQuery] string? id, [FromQuery] string? lang)
    {
        if (id is not null)
        {
            return Template(content, id);
        }

        if (!ApiQuery.TryLanguage("lang", lang, out var language, out var problem))
        {
            return problem!;
        }

        return TypedResults.Ok(content.Current.Templates
            .Where(t => language is null || t.Language == language)
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => new TemplateSummaryJson(t.Id, t.Language, t.Title, t.Channels, t.Shortcut?.Value))
            .ToList());
    }

    private static IResult Template(IContentUpdates content, string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return ApiProblems.Invalid("id", "Give 'id', the template's id (e.g. templates/en/returns/refund-confirmation).");
        }

        return content.Current.Find(id.Trim()) switch
        {
            ReplyTemplate template => TypedResults.Ok(new TemplateJson(
                template.Id,
                template.Language,
                template.Title,
                template.Channels,
                template.Shortcut?.Value,
                [.. template.Fields.Select(Field)])),
            Article article => ApiProblems.NotFound($"'{article.Id}' is an article, not a template; GET /api/v1/documents?id={article.Id} shows it."),
            _ => ApiProblems.NotFound($"There is no template with id '{id.Trim()}'."),
        };
    }

    private static TemplateFieldJson Field(TemplateField field) => new(
        field.Name,
        field.Label,
        field.Type.ToString().ToLowerInvariant(),
        field.Required,
        field.Type == TemplateFieldType.Choice ? field.Options : null,
        field.Default);
}
