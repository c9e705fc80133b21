using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Loading;

/// <summary>Where a document lives, derived from its path alone.</summary>
public sealed record DocumentLocation(string Id, string RelativePath, DocumentKind Kind, string Language);
