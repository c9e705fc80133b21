namespace KnowledgeBase.Application.Authoring;

/// <summary>Who made a change: the signed-in user's id and name.</summary>
public sealed record Author(string Id, string Name);
