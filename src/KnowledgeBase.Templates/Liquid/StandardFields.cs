namespace KnowledgeBase.Templates.Liquid;

/// <summary>Placeholders every template may use without declaring them.</summary>
public static class StandardFields
{
    public const string AgentName = "agent.name";
    public const string AgentEmail = "agent.email";
    public const string AgentSignature = "agent.signature";
    public const string Today = "today";

    public static readonly IReadOnlyList<string> All = [AgentName, AgentEmail, AgentSignature, Today];

    public static bool IsStandard(string path) => All.Any(name => Covers(name, path));

    /// <summary>True when a value named <paramref name="field"/> satisfies a read of <paramref name="path"/>.</summary>
    /// <remarks>
    /// <c>order.items.size</c> reads the declared <c>order.items</c>; <c>{% if order %}</c> reads the
    /// object a declared <c>order.id</c> lives in.
    /// </remarks>
    public static bool Covers(string field, string path) =>
        string.Equals(field, path, StringComparison.Ordinal)
        || path.StartsWith(field + ".", StringComparison.Ordinal)
        || field.StartsWith(path + ".", StringComparison.Ordinal);
}
