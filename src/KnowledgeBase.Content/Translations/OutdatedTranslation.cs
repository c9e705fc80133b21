using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Translations;

/// <summary>A translation whose source SOP's text changed since the translation was last reviewed against it.</summary>
/// <param name="ReviewedHash">The source hash the translation was reviewed against; null when it never was.</param>
public sealed record OutdatedTranslation(Article Translation, Article Source, string SourceHash, string? ReviewedHash);
