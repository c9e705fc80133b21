using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using Microsoft.AspNetCore.Components.Authorization;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// Checks, at the moment of an action, that the signed-in user may still do it: reads the account
/// fresh from the database (no cache) and requires it to be enabled, signed in with the current
/// security stamp, and at least <c>minimum</c> in role. A page's policy is checked when it opens;
/// an open tab can outlive its user's role, so every action that changes something asks again.
/// Refusals go to the audit log. One per circuit.
/// </summary>
public sealed class AccessCheck(AuthenticationStateProvider authentication, IUserStore users, IAuditStore audit, TimeProvider time)
{
    /// <summary>Whether the user may do <paramref name="action"/> (a few words for the audit log) now.</summary>
    public async Task<AccessDecision> CheckAsync(UserRole minimum, string action)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        var account = principal.GetUserId() is { } id ? users.FindById(id) : null;
        var decision = account switch
        {
            null => AccessDecision.Refuse("you are no longer signed in."),
            { IsDisabled: true } => AccessDecision.Refuse("your account has been disabled.", account),
            _ when account.Role < minimum => AccessDecision.Refuse($"your role is now {account.Role}, and {Needed(minimum)}.", account),
            _ when !AccountClaims.HasCurrentStamp(principal, account) =>
                AccessDecision.Refuse("your session has ended (you signed out elsewhere, or your password or role changed). Sign in again in a new tab.", account),
            _ => AccessDecision.Allow(account),
        };
        if (!decision.IsAllowed)
        {
            var actor = account is null ? new AuditActor(principal.GetUserId(), principal.Identity?.Name ?? "unknown") : AuditActor.For(account);
            audit.Record(time.GetUtcNow(), AuditEventType.ActionRefused, actor, account?.Id, account?.UserName, $"{action}: {decision.Refusal}");
        }

        return decision;
    }

    private static string Needed(UserRole minimum) => minimum switch
    {
        UserRole.Admin => "only admins may do this",
        UserRole.Lead => "only team leads and admins may do this",
        _ => "you may not do this",
    };
}
