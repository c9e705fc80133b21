namespace KnowledgeBase.Storage.Authoring;

/// <summary>Who made a change: the signed-in user's id, name and, when the account has one, e-mail address.</summary>
public sealed record Author(string Id, string Name, string? Email = null);
