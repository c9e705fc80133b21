using System.Text.Json;

namespace KnowledgeBase.Web.Api.Contract;

/// <summary><c>POST /api/v1/render</c>: which template, the field values, the channel and who signs.</summary>
/// <param name="Values">
/// Field name to value: text, or a number or true/false (written as text). Names the template does not
/// declare are ignored, so one set of ticket fields can go to every template.
/// </param>
/// <param name="Channel">One of the template's channels; left out: the template's default text.</param>
/// <param name="Agent">Overrides the signed-in user's own name, e-mail and signature (My details) for this reply.</param>
public sealed record RenderBody(string? Id, IReadOnlyDictionary<string, JsonElement>? Values, string? Channel, AgentBody? Agent);
