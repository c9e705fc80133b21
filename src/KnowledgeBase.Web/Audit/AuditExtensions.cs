namespace KnowledgeBase.Web.Audit;

/// <summary>The audit page's settings and the export filter (the log itself is Storage's <c>AuditStore</c>).</summary>
public static class AuditExtensions
{
    public static IServiceCollection AddKnowledgeBaseAudit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<AuditUiOptions>(configuration.GetSection(AuditUiOptions.SectionName));
        services.AddSingleton<ExportAuditFilter>();
        return services;
    }

    /// <summary>A CSV download: rate limited per user, and written to the audit log.</summary>
    public static TBuilder AsAuditedExport<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.RequireRateLimiting(RateLimits.RateLimitPolicies.Export).AddEndpointFilter<TBuilder, ExportAuditFilter>();
    }
}
