namespace KnowledgeBase.Templates.Rendering;

/// <summary>Limits that keep one broken or hostile template from stalling the server.</summary>
/// <remarks>
/// Each is far above what a reply needs: the shipped templates take well under 100 steps and write
/// under 2,000 characters. A render that reaches one stops, and the reply gets a problem saying which.
/// </remarks>
public sealed class TemplateRendererOptions
{
    /// <summary>Items one loop or list may have (<c>{% for i in (1..n) %}</c>, <c>split</c>); a reply never needs more.</summary>
    public int MaxIterations { get; set; } = 1000;

    /// <summary>
    /// Statements one render may run, counting each loop iteration, output and tag. This is what stops
    /// loops nested in loops, which stay under <see cref="MaxIterations"/> each.
    /// </summary>
    public int MaxSteps { get; set; } = 10_000;

    /// <summary>Characters a render, or one text it builds (<c>capture</c>, <c>append</c>), may reach.</summary>
    public int MaxOutputLength { get; set; } = 100_000;

    /// <summary>Wall-clock time one render may take before it is abandoned.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(1);
}
