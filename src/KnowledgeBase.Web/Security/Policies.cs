namespace KnowledgeBase.Web.Security;

/// <summary>Authorization policy names.</summary>
public static class Policies
{
    public const string Lead = "Lead";
    public const string Admin = "Admin";
}
