namespace KnowledgeBase.Web.Api.Contract;

/// <summary>A saved document: its id and its new version (the base of the next save).</summary>
public sealed record SavedDocumentJson(string Id, string Version);
