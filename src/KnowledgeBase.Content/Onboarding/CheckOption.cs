namespace KnowledgeBase.Content.Onboarding;

/// <summary>One answer a knowledge check offers.</summary>
public sealed record CheckOption(string Text, bool IsCorrect);
