namespace KnowledgeBase.Web.Security;

/// <summary>The authorization policy names pages and endpoints are protected with.</summary>
public static class Policies
{
    public const string Lead = "Lead";
    public const string Admin = "Admin";
}
