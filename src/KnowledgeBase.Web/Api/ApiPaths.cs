namespace KnowledgeBase.Web.Api;

/// <summary>Where the API and its documentation live.</summary>
public static class ApiPaths
{
    public const string Base = "/api/v1";

    /// <summary>The OpenAPI document (JSON); <c>{documentName}</c> is <see cref="DocumentName"/>.</summary>
    public const string OpenApiDocument = "/openapi/{documentName}.json";

    public const string DocumentName = "v1";

    /// <summary>The interactive API reference (Scalar) for signed-in users; its page is <see cref="ReferencePage"/>.</summary>
    public const string Reference = "/api-reference";

    /// <summary>The reference page itself: Scalar redirects its prefix to it, so its scripts' relative paths resolve.</summary>
    public const string ReferencePage = Reference + "/";

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static bool IsReference(PathString path) => path.StartsWithSegments(Reference, StringComparison.OrdinalIgnoreCase);
}
