namespace KnowledgeBase.Import.Placeholders;

/// <summary>A span of template syntax: where it starts, how long it is, and what is inside its delimiters.</summary>
public sealed record TemplateSpan(SpanKind Kind, int Start, int Length, string Inner)
{
    public int End => Start + Length;
}
