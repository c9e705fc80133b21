namespace KnowledgeBase.Templates.Rendering;

/// <summary>What an agent asks a template to become.</summary>
/// <param name="Channel">The channel to write for (<c>email</c>, <c>sms</c>, …), or null for the default text.</param>
/// <param name="Values">
/// Field name (<c>customer.first_name</c>, case-sensitive) to the text as typed. Values for the
/// standard fields are ignored: those come from <paramref name="Agent"/> and <paramref name="Today"/>.
/// </param>
/// <param name="Agent">The agent's name, e-mail and signature.</param>
/// <param name="Today">The date <c>{{ today }}</c> prints; the caller's clock, so tests can fix it.</param>
public sealed record RenderRequest(
    string? Channel,
    IReadOnlyDictionary<string, string?> Values,
    AgentProfile Agent,
    DateOnly Today);
