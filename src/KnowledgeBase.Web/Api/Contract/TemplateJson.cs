namespace KnowledgeBase.Web.Api.Contract;

/// <summary><c>GET /api/v1/templates?id=…</c>: what a form needs to fill the template.</summary>
/// <param name="Fields">The declared fields in form order; <c>agent.*</c> and <c>today</c> are filled by the server.</param>
public sealed record TemplateJson(
    string Id,
    string Lang,
    string Title,
    IReadOnlyList<string> Channels,
    string? Shortcut,
    IReadOnlyList<TemplateFieldJson> Fields);
