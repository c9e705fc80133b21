namespace KnowledgeBase.Application.Accounts;

/// <summary>
/// Someone an identity provider vouched for (single sign-on): <paramref name="Login"/> is
/// <c>issuer|subject</c>, stable for that person at that provider; the rest is what the provider
/// says about them now (its preferred user name, display name and e-mail, any of which may be missing).
/// </summary>
public sealed record ExternalIdentity(string Login, string? PreferredUserName, string? DisplayName, string? Email);
