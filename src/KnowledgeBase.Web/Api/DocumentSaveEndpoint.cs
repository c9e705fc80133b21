using KnowledgeBase.Application.Authoring;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Web.Api.Contract;
using KnowledgeBase.Web.Authoring;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// <c>PUT /api/v1/documents/{id}</c>: a lead saves a document's text, as the editor's Save does
/// (same service, same history, same conflict check: on several nodes against the latest version
/// any node saved). A save based on an older version is refused with 409 and the current version;
/// nothing is merged here, the caller decides.
/// </summary>
internal static class DocumentSaveEndpoint
{
    public static RouteGroupBuilder MapDocumentSave(this RouteGroupBuilder api)
    {
        api.MapPut("/documents/{**id}", SaveAsync)
            .WithName("SaveDocument")
            .WithSummary("Save an article's or template's text (Lead and Admin)")
            .WithDescription("`text` is the whole file (front matter and body); `baseVersion` the `version` it was edited from. 409 when the document changed since (its `currentVersion` in the answer), 403 for agents, 422 when the text cannot be read as a document, 503 when it could not be written (nothing was saved).")
            .Accepts<SaveDocumentBody>("application/json")
            .Produces<SavedDocumentJson>()
            .ProducesValidationProblem()
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static async Task<IResult> SaveAsync(HttpContext context, IContentUpdates content, AuthoringService authoring, DocumentPreview preview, string id)
    {
        // The role as the account is stored now, as every action in the editor checks it.
        var caller = ApiCaller.Of(context);
        if (caller.Account.Role < UserRole.Lead)
        {
            return ApiProblems.Status(StatusCodes.Status403Forbidden, "Forbidden", "Saving documents needs the Lead or Admin role.");
        }

        var (body, problem) = await ApiJsonBody.ReadAsync<SaveDocumentBody>(context);
        if (body is null)
        {
            return problem!;
        }

        if (body.Text is null)
        {
            return ApiProblems.Invalid("text", "Give 'text', the document's whole new text.");
        }

        if (string.IsNullOrWhiteSpace(body.BaseVersion))
        {
            return ApiProblems.Invalid("baseVersion", "Give 'baseVersion', the version the text was edited from (GET /api/v1/documents/{id} answers it as 'version').");
        }

        if (content.Current.Find(id.Trim()) is not { } document)
        {
            return ApiProblems.NotFound($"There is no article or template with id '{id.Trim()}'.");
        }

        var read = preview.Read(document.RelativePath, body.Text);
        if (read.Document is null)
        {
            var errors = read.Findings.Select(f => f.ToString()).DefaultIfEmpty("The text cannot be read as a document.").ToArray();
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["text"] = errors })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The text is not a document",
                Detail = "The text cannot be read as a document; nothing was saved.",
            });
        }

        var author = AuthorClaims.ToAuthor(context.User) with { Email = caller.Account.Email, DisplayName = caller.Account.DisplayName };
        SaveResult result;
        try
        {
            result = authoring.Save(document.RelativePath, body.Text, body.BaseVersion.Trim(), author, body.Note ?? "");
        }
        catch (ContentWriteException e)
        {
            return ApiProblems.Status(StatusCodes.Status503ServiceUnavailable, "Not saved", e.Problem switch
            {
                WriteProblem.DiskFull => "Nothing was saved: the server's disk is full. Try again once space is freed.",
                WriteProblem.AccessDenied => "Nothing was saved: the server may not write the file.",
                WriteProblem.SharedStoreUnavailable => "Nothing was saved: the database all servers share did not answer. Try again in a moment.",
                _ => "Nothing was saved: the server could not write the file. Try again.",
            });
        }

        return result.Status == SaveStatus.Saved
            ? TypedResults.Ok(new SavedDocumentJson(document.Id, result.Hash!))
            : TypedResults.Problem(
                $"'{document.Id}' changed since version {body.BaseVersion.Trim()}; nothing was saved. Read it again, apply your change to it, and save with its version.",
                statusCode: StatusCodes.Status409Conflict,
                title: "The document changed meanwhile",
                extensions: new Dictionary<string, object?> { ["currentVersion"] = result.Current?.Hash });
    }
}
