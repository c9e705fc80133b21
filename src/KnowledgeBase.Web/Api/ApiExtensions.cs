using KnowledgeBase.Web.Api.OpenApi;
using KnowledgeBase.Web.RateLimits;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace KnowledgeBase.Web.Api;

/// <summary>
/// The REST API (<c>/api/v1</c>): access-token authentication, CORS for the configured origins, the
/// per-token rate limit, its OpenAPI document and the reference page. The endpoints call the same
/// services as the pages and <c>kb</c>.
/// </summary>
public static class ApiExtensions
{
    private const string CorsPolicy = "api";

    public static IServiceCollection AddKnowledgeBaseApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<ApiOptions>(configuration.GetSection(ApiOptions.SectionName));
        services.AddProblemDetails();
        services.AddSingleton<ApiSearchLogs>();
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(ApiAuthentication.BearerScheme, displayName: "Access token", _ => { })
            .AddPolicyScheme(ApiAuthentication.Scheme, "Access token or sign-in cookie", options =>
            {
                options.ForwardDefaultSelector = context => context.Request.Headers.Authorization.Count > 0
                    ? ApiAuthentication.BearerScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme;

                // Never the cookie's redirect to the sign-in page: API clients get 401/403 problem details.
                options.ForwardChallenge = ApiAuthentication.BearerScheme;
                options.ForwardForbid = ApiAuthentication.BearerScheme;
            });
        services.AddAuthorizationBuilder().AddPolicy(ApiAuthentication.Policy, policy => policy
            .AddAuthenticationSchemes(ApiAuthentication.Scheme)
            .RequireAuthenticatedUser());
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<ApiOptions>>((cors, api) =>
            cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(api.Value.AllowedOrigins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Authorization", "Content-Type")
                .WithExposedHeaders("Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        services.AddOpenApi(ApiPaths.DocumentName, options =>
        {
            // Only the API: pages, sign-in forms and CSV exports are not part of it.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<AccessTokenSecurityTransformer>();
        });
        return services;
    }

    /// <summary>CORS, before authentication: a preflight carries no credentials and is answered here.</summary>
    public static WebApplication UseKnowledgeBaseApiCors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCors();
        return app;
    }

    public static WebApplication MapKnowledgeBaseApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup(ApiPaths.Base)
            .RequireAuthorization(ApiAuthentication.Policy)
            .RequireCors(CorsPolicy)
            .RequireRateLimiting(RateLimitPolicies.Api)
            .WithTags("KnowledgeBase")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapSearchEndpoints();
        api.MapDocumentEndpoints();
        api.MapReplyEndpoints();

        // Anything else under /api answers as the API does, not with the app's HTML 404 page.
        // Routing passes over a JSON endpoint for a body of another type, so that lands here too.
        app.Map(ApiPaths.Base + "/{**rest}", (HttpContext context, string? rest) =>
                HttpMethods.IsPost(context.Request.Method) && !context.Request.HasJsonContentType()
                    ? ApiJsonBody.NotJson()
                    : ApiProblems.NotFound($"There is no API endpoint {context.Request.Method} {ApiPaths.Base}/{rest}; the endpoints are listed in /openapi/v1.json."))
            .RequireAuthorization(ApiAuthentication.Policy)
            .RequireCors(CorsPolicy)
            .ExcludeFromDescription();

        app.MapOpenApi(ApiPaths.OpenApiDocument).RequireAuthorization(ApiAuthentication.Policy);
        app.MapScalarApiReference(ApiPaths.Reference, options =>
        {
            options.Title = "KnowledgeBase API";
            options.OpenApiRoutePattern = ApiPaths.OpenApiDocument;

            // Nothing from other sites: Scalar's script is served by the app, and its fonts would come from its CDN.
            options.DefaultFonts = false;
            options.AddPreferredSecuritySchemes(ApiAuthentication.BearerScheme);
        });
        return app;
    }
}
