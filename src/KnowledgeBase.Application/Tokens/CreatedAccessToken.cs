using KnowledgeBase.Storage.Tokens;

namespace KnowledgeBase.Application.Tokens;

/// <summary>A token just made: the stored record and the secret, which exists only here and is shown once.</summary>
public sealed record CreatedAccessToken(AccessToken Token, string Secret);
