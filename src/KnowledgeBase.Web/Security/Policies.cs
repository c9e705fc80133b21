namespace KnowledgeBase.Web.Security;

/// <summary>
/// Names of the authorization policies, for <c>[Authorize(Policy = Policies.Lead)]</c> on pages and
/// <c>RequireAuthorization(Policies.Admin)</c> on endpoints. Every other page needs a signed-in user.
/// </summary>
public static class Policies
{
    /// <summary>Team leads and admins: edit content, see insights and team progress.</summary>
    public const string Lead = "Lead";

    /// <summary>Admins only: manage users.</summary>
    public const string Admin = "Admin";
}
