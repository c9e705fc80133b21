using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Loading;

/// <summary>The document read from one file (null when it could not be read) and what was wrong with it.</summary>
public sealed record ParseResult(ContentDocument? Document, IReadOnlyList<Finding> Findings);
