namespace KnowledgeBase.Web.Api.Contract;

/// <summary><c>GET /api/v1/documents?id=…</c>: an article or template with its sections, as sanitized HTML and as plain text.</summary>
/// <param name="Type"><c>article</c> or <c>template</c>.</param>
/// <param name="Html">The whole body as sanitized HTML; links to other documents point at their pages in the app.</param>
/// <param name="Text">The whole body as plain text.</param>
/// <param name="Url">The document's page in the app, relative to the app's address.</param>
/// <param name="Version">The hash of the file's text: a save (<c>PUT</c>) names it as its base version.</param>
public sealed record DocumentJson(
    string Id,
    string Type,
    string Lang,
    string Title,
    IReadOnlyList<DocumentSectionJson> Sections,
    string Html,
    string Text,
    string Url,
    string Version);
