using System.Globalization;
using System.Security.Claims;
using KnowledgeBase.Storage.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// What the sign-in cookie says about a user: id (<see cref="ClaimTypes.NameIdentifier"/>), user
/// name, display name, role (<see cref="ClaimTypes.Role"/> = the <see cref="UserRole"/> name) and the
/// account's security stamp when the cookie was issued.
/// </summary>
public static class AccountClaims
{
    public const string DisplayName = "kb:display_name";

    public const string SecurityStamp = "kb:stamp";

    public static ClaimsPrincipal CreatePrincipal(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, user.UserName),
                new Claim(DisplayName, user.Name),
                new Claim(ClaimTypes.Role, user.Role.ToString()),
                new Claim(SecurityStamp, user.SecurityStamp),
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

    /// <summary>
    /// True when the session was issued after the account's last sign-out, password or role change
    /// or disabling. A cookie from before stamps existed has none and is not current.
    /// </summary>
    public static bool HasCurrentStamp(ClaimsPrincipal principal, UserAccount stored)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(stored);
        return principal.FindFirstValue(SecurityStamp) is { } stamp && string.Equals(stamp, stored.SecurityStamp, StringComparison.Ordinal);
    }

    /// <summary>True when the stored account still matches the principal: exists, enabled, same role, same stamp.</summary>
    public static bool IsCurrent(ClaimsPrincipal principal, UserAccount? stored) =>
        stored is { IsDisabled: false } && principal.IsInRole(stored.Role.ToString()) && HasCurrentStamp(principal, stored);
}
