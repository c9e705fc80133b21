namespace KnowledgeBase.Templates.Rendering;

/// <summary>
/// The agent's own values for the standard fields <c>agent.name</c>, <c>agent.email</c> and
/// <c>agent.signature</c>. A blank value counts as missing.
/// </summary>
public sealed record AgentProfile(string? Name, string? Email, string? Signature)
{
    /// <summary>No values at all: templates that print an agent field get a marker in its place.</summary>
    public static AgentProfile Empty { get; } = new(null, null, null);
}
