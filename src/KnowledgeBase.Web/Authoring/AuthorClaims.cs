using System.Security.Claims;
using KnowledgeBase.Application.Authoring;

namespace KnowledgeBase.Web.Authoring;

/// <summary>The revision author for the signed-in user (ids and names come from the accounts' claims).</summary>
public static class AuthorClaims
{
    public static Author ToAuthor(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.FindFirst(ClaimTypes.Name)?.Value ?? user.Identity?.Name ?? "unknown";
        return new Author(user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? name, name);
    }
}
