namespace KnowledgeBase.Storage.Accounts;

/// <summary>What a user edits about themselves on "My details"; templates print it for <c>agent.*</c>.</summary>
public sealed record UserProfile(string? DisplayName, string? Email, string? Signature, IReadOnlyList<string> PreferredLanguages);
