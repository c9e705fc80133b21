namespace KnowledgeBase.Content.Model;

/// <summary>A link in a document's Markdown that points to another file in the content folder.</summary>
/// <param name="Url">The link as written, e.g. <c>../returns/refunds.md#restocking-fee</c>.</param>
/// <param name="Line">1-based line in the file.</param>
public sealed record DocumentLink(string Url, int Line);
