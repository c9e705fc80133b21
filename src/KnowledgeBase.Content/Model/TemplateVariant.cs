namespace KnowledgeBase.Content.Model;

/// <summary>The body of a template for one channel; <see cref="Channel"/> is null for the default text.</summary>
/// <param name="Line">1-based line in the file where this variant's text starts.</param>
public sealed record TemplateVariant(string? Channel, string Body, int Line);
