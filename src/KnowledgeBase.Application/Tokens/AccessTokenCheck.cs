using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Tokens;

namespace KnowledgeBase.Application.Tokens;

/// <summary>
/// What a presented token is worth: the account as stored now (its current role) and the token, or
/// why it does not work, worded for the API's 401 answer.
/// </summary>
public sealed record AccessTokenCheck(UserAccount? User, AccessToken? Token, string? Failure)
{
    public bool Succeeded => User is not null && Token is not null;

    public static AccessTokenCheck Fail(string failure) => new(null, null, failure);
}
