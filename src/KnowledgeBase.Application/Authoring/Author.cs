namespace KnowledgeBase.Application.Authoring;

/// <summary>Who made a change: the signed-in user's id and user name; display name and e-mail address when known (for git commits).</summary>
public sealed record Author(string Id, string Name, string? Email = null, string? DisplayName = null);
