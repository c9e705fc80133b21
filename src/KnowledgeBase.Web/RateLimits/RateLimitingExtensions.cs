using System.Globalization;
using System.Threading.RateLimiting;
using KnowledgeBase.Web.Api;
using KnowledgeBase.Web.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.RateLimits;

/// <summary>
/// ASP.NET Core rate limiting for sign-in (per client address), CSV exports (per user) and the REST API (per token), and the
/// per-user bound on search logging. Limits come from <see cref="RateLimitOptions"/>.
/// </summary>
public static class RateLimitingExtensions
{
    public static IServiceCollection AddKnowledgeBaseRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.SectionName));
        services.AddSingleton<SearchLogThrottle>();
        services.AddSingleton<ThrottledSignIns>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, limits) =>
        {
            var options = limits.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = OnRejectedAsync;

            // Only posted forms count: showing the sign-in page costs no password check.
            limiter.AddPolicy(RateLimitPolicies.SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.ClientAddress() ?? "unknown", _ => Window(options.SignInPermitLimit, options.SignInWindow))
                : RateLimitPartition.GetNoLimiter(string.Empty));
            limiter.AddPolicy(RateLimitPolicies.Export, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.GetUserId()?.ToString(CultureInfo.InvariantCulture) ?? "address:" + context.ClientAddress(),
                _ => Window(options.ExportPermitLimit, options.ExportWindow)));
            limiter.AddPolicy(RateLimitPolicies.Api, context => RateLimitPartition.GetFixedWindowLimiter(
                ApiCaller.ClientKey(context) ?? "address:" + context.ClientAddress(),
                _ => Window(options.ApiPermitLimit, options.ApiWindow)));
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        if (policy == RateLimitPolicies.Api)
        {
            // API clients read problem details, not a page.
            var limits = context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
            await TypedResults.Problem(
                $"At most {limits.ApiPermitLimit} requests per access token in {limits.ApiWindow.TotalSeconds:0} s; try again in {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests").ExecuteAsync(context);
            return;
        }

        var signIn = policy == RateLimitPolicies.SignIn;
        if (signIn)
        {
            context.RequestServices.GetRequiredService<ThrottledSignIns>().Record(context);
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        var message = signIn
            ? "Too many sign-in attempts from this network address. Wait a minute, then try again."
            : "Too many downloads in a short time. Wait a minute, then try again.";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many requests – KnowledgeBase</title></head>"
            + $"<body><main><h1>Too many requests</h1><p>{message}</p><p><a href=\"/\">Back to KnowledgeBase</a></p></main></body></html>",
            cancellationToken);
    }
}
