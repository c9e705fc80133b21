using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Onboarding;

namespace KnowledgeBase.Content.Translations;

/// <summary>An SOP whose text changed since its knowledge checks were last reviewed, with those checks.</summary>
/// <param name="ReviewedHash">The SOP hash the checks were reviewed against; null when they never were.</param>
public sealed record ChecksToReview(Article Sop, IReadOnlyList<KnowledgeCheck> Checks, string SopHash, string? ReviewedHash);
