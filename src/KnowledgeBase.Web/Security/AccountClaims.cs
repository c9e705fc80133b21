using System.Globalization;
using System.Security.Claims;
using KnowledgeBase.Storage.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// What the sign-in cookie says about a user: id (<see cref="ClaimTypes.NameIdentifier"/>), user
/// name, display name and role (<see cref="ClaimTypes.Role"/> = the <see cref="UserRole"/> name).
/// </summary>
public static class AccountClaims
{
    public const string DisplayName = "kb:display_name";

    public static ClaimsPrincipal CreatePrincipal(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(DisplayName, user.Name),
                new Claim(ClaimTypes.Role, user.Role.ToString()),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The signed-in user's id, or null for an anonymous (or foreign) principal.</summary>
    public static int? GetUserId(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.Identity?.IsAuthenticated == true
            && int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
    }

    /// <summary>True when the stored account still matches the principal: exists, enabled, same role.</summary>
    public static bool IsCurrent(ClaimsPrincipal principal, UserAccount? stored) =>
        stored is { IsDisabled: false } && principal.IsInRole(stored.Role.ToString());
}
