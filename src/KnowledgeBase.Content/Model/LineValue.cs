namespace KnowledgeBase.Content.Model;

/// <summary>A front matter value together with the 1-based file line it was written on.</summary>
public sealed record LineValue(string Value, int Line)
{
    public override string ToString() => Value;
}
