using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Web.Authoring;

/// <summary>A document with a review cycle whose due date has passed.</summary>
public sealed record ReviewItem(ContentDocument Document, string? Owner, DateOnly Reviewed, int Every, DateOnly Due);
