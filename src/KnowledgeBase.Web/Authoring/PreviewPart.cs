namespace KnowledgeBase.Web.Authoring;

/// <summary>One rendered part of the editor's preview: an article's body, or one channel of a template (<paramref name="Heading"/>).</summary>
public sealed record PreviewPart(string? Heading, string Html);
