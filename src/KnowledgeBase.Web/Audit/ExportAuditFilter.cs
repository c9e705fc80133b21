using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Web.Security;

namespace KnowledgeBase.Web.Audit;

/// <summary>Writes each successful CSV download (insights, team, audit) to the audit log: who, what, when, from where.</summary>
public sealed class ExportAuditFilter(IAuditStore audit, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        if (result is IStatusCodeHttpResult { StatusCode: >= 400 })
        {
            return result;
        }

        var http = context.HttpContext;
        var actor = new AuditActor(http.User.GetUserId(), http.User.Identity?.Name ?? "unknown", http.ClientAddress());
        audit.Record(time.GetUtcNow(), AuditEventType.Exported, actor, null, null, http.Request.Path + http.Request.QueryString);
        return result;
    }
}
