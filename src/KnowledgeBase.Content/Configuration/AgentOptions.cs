namespace KnowledgeBase.Content.Configuration;

/// <summary>
/// The agent's own values for the standard template fields <c>agent.name</c>, <c>agent.email</c>
/// and <c>agent.signature</c>; bound from <c>KnowledgeBase:Agent</c>, so
/// <c>KnowledgeBase__Agent__Signature</c> works as an environment variable.
/// </summary>
public sealed class AgentOptions
{
    public const string SectionName = KnowledgeBaseOptions.SectionName + ":Agent";

    public string? Name { get; set; }

    public string? Email { get; set; }

    /// <summary>May span lines: <c>\n</c> in a JSON string, <c>$'…\n…'</c> in a shell.</summary>
    public string? Signature { get; set; }
}
