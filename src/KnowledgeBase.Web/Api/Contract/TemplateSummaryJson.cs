namespace KnowledgeBase.Web.Api.Contract;

/// <summary>One entry of <c>GET /api/v1/templates</c>.</summary>
/// <param name="Channels">The channels the template writes for (<c>email</c>, <c>chat</c>, <c>sms</c>…); empty: one text for all.</param>
public sealed record TemplateSummaryJson(string Id, string Lang, string Title, IReadOnlyList<string> Channels, string? Shortcut);
