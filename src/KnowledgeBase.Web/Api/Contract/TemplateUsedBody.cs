namespace KnowledgeBase.Web.Api.Contract;

/// <summary><c>POST /api/v1/events/template-used</c>: a filled template was put into a reply.</summary>
/// <param name="Action"><c>inserted</c> (the default) or <c>copied</c>, as the app's own buttons count them.</param>
public sealed record TemplateUsedBody(string? Id, string? Channel, string? Action);
