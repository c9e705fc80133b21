namespace KnowledgeBase.Web.Api.Contract;

/// <summary><c>POST /api/v1/lint</c>: a reply to check against the language's phrasebook.</summary>
public sealed record LintBody(string? Lang, string? Text);
