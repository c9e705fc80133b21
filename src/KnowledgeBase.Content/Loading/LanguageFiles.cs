using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Loading;

/// <summary>The per-language phrasebook and synonym files of a content folder.</summary>
public sealed record LanguageFiles(
    IReadOnlyDictionary<string, Phrasebook.Phrasebook> Phrasebooks,
    IReadOnlyDictionary<string, string> Synonyms,
    IReadOnlyList<Finding> Findings);
