namespace KnowledgeBase.Web.Security;

/// <summary>The client's address as the app sees it (after a trusted proxy's X-Forwarded-For), for rate limits and the audit log.</summary>
public static class ClientAddresses
{
    public static string? ClientAddress(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString();
    }
}
