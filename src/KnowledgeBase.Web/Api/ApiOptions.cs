namespace KnowledgeBase.Web.Api;

/// <summary>The REST API's settings (<c>KnowledgeBase:Api</c>); its rate limit is under <c>KnowledgeBase:RateLimits</c>.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "KnowledgeBase:Api";

    /// <summary>
    /// Origins whose pages may call the API from a browser (CORS), exactly as the browser sends them:
    /// <c>chrome-extension://abcdefghijklmnopabcdefghijklmnop</c>, <c>https://support.example.com</c>.
    /// None by default: only the app's own pages (the API reference) and non-browser clients.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>The largest request body accepted; a customer's message is cut at 4,000 characters anyway.</summary>
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;
}
