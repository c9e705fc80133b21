namespace KnowledgeBase.Web.Components.Reply;

/// <summary>A span of a reply to mark: a gap still to fill, or a phrase the phrasebook avoids.</summary>
/// <param name="CssClass">How it looks: <c>gap</c> or <c>avoided</c>.</param>
/// <param name="Title">Shown on hover: why it is marked.</param>
public sealed record TextHighlight(int Start, int Length, string CssClass, string? Title)
{
    public int End => Start + Length;
}
