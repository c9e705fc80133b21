using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KnowledgeBase.Web.Api.OpenApi;

/// <summary>
/// Declares the API's authentication in the OpenAPI document: an HTTP bearer scheme (personal
/// access tokens, <c>kb_…</c>), required by every operation, and the document's title and summary.
/// </summary>
internal sealed class AccessTokenSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "KnowledgeBase API";
        document.Info.Description =
            "Search SOP articles and reply templates, render replies, suggest templates for a customer's message. " +
            "Authenticate with a personal access token (My details → Access tokens, or `kb tokens add USER --name NAME`): " +
            "`Authorization: Bearer kb_…`. Errors are RFC 9457 problem details.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiAuthentication.BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "kb_ followed by 43 base64url characters",
            Description = "A personal access token. It acts as its user, with the user's current role; it stops working when revoked, expired or when the account is disabled.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(ApiAuthentication.BearerScheme, document)] = [],
        });
        return Task.CompletedTask;
    }
}
