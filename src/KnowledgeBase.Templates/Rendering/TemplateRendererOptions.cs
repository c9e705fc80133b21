namespace KnowledgeBase.Templates.Rendering;

/// <summary>Limits that keep one broken template from stalling the server.</summary>
public sealed class TemplateRendererOptions
{
    /// <summary>Iterations one <c>{% for %}</c> may run; a reply never needs more.</summary>
    public int MaxIterations { get; set; } = 1000;

    /// <summary>Wall-clock time one render may take before it is abandoned.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(1);
}
