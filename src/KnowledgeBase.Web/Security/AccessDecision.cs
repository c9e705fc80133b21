using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// The answer of <see cref="AccessCheck"/>: allowed, with the account as stored now, or refused with
/// a sentence that says why (to show after "Not saved:" and the like).
/// </summary>
public sealed record AccessDecision(UserAccount? Account, string? Refusal)
{
    public bool IsAllowed => Refusal is null && Account is not null;

    public static AccessDecision Allow(UserAccount account) => new(account, null);

    public static AccessDecision Refuse(string refusal, UserAccount? account = null) => new(account, refusal);
}
