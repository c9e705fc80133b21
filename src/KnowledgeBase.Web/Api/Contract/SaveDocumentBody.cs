namespace KnowledgeBase.Web.Api.Contract;

/// <summary><c>PUT /api/v1/documents/{id}</c>: the document's whole new text, and the version it was edited from.</summary>
/// <param name="Text">The whole file: front matter and body, as the editor saves it.</param>
/// <param name="BaseVersion">The <c>version</c> the text was edited from (from <c>GET /api/v1/documents/{id}</c>); a newer version on the server refuses the save.</param>
/// <param name="Note">What changed, for the document's history; optional.</param>
public sealed record SaveDocumentBody(string? Text, string? BaseVersion, string? Note);
