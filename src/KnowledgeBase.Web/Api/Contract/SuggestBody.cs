namespace KnowledgeBase.Web.Api.Contract;

/// <summary><c>POST /api/v1/suggest</c>: a customer's message.</summary>
/// <param name="Lang">Suggest in this language; left out: the message's language (detected), with the user's own language as the likelier one.</param>
/// <param name="Top">How many templates (1–50, default 5).</param>
/// <param name="Sections">How many SOP sections after the templates (0–50, default 3).</param>
public sealed record SuggestBody(string? Message, string? Lang, int? Top, int? Sections);
