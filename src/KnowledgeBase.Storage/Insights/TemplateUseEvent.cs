namespace KnowledgeBase.Storage.Insights;

/// <summary>A template copied to the clipboard or inserted into a reply, for a channel.</summary>
public sealed record TemplateUseEvent(DateTimeOffset At, string? UserId, string TemplateId, TemplateAction Action, string? Channel);
