namespace KnowledgeBase.Storage.Tokens;

/// <summary>Personal access tokens, found by the hash of their secret; revoked ones are kept, marked. Thread-safe.</summary>
public interface IAccessTokenStore
{
    /// <summary>Stores a new token and returns it with its id.</summary>
    AccessToken Create(AccessToken token);

    AccessToken? FindById(int id);

    /// <summary>The token whose secret hashes to <paramref name="secretHash"/>, revoked or not.</summary>
    AccessToken? FindByHash(string secretHash);

    /// <summary>One user's tokens, or everyone's when <paramref name="userId"/> is null; newest first.</summary>
    IReadOnlyList<AccessToken> List(int? userId = null);

    /// <summary>Marks the token revoked at <paramref name="at"/>; false when there is none or it already was.</summary>
    bool Revoke(int id, DateTimeOffset at);

    /// <summary>Records a use of the token.</summary>
    void Touch(int id, DateTimeOffset at);
}
