namespace KnowledgeBase.Content.Authoring.Git;

/// <summary>The author of a commit: the lead's name and, when their account has one, e-mail address.</summary>
public sealed record GitAuthor(string Name, string UserName, string? Email);
