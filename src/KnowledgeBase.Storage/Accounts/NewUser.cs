namespace KnowledgeBase.Storage.Accounts;

/// <summary>What an admin (or <c>kb users add</c>) gives for a new account.</summary>
public sealed record NewUser(string UserName, string Password, UserRole Role, string? DisplayName = null, string? Email = null);
