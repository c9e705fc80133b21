namespace KnowledgeBase.Templates.Rendering;

/// <summary>A reply after one more template went in.</summary>
/// <param name="Text">The whole reply.</param>
/// <param name="SignOff">The sign-off now closing the reply (to move it when the next template is added); null when none.</param>
public sealed record AssembledReply(string Text, string? SignOff);
