namespace KnowledgeBase.Content.Model;

/// <summary>
/// A searchable, linkable part of a document: the text under one H2 or H3 heading, or the
/// introduction before the first such heading (then <see cref="Anchor"/> is null).
/// </summary>
/// <param name="Anchor">GitHub-style heading id used in deep links, e.g. <c>where-orders-ship-from</c>.</param>
/// <param name="Heading">Heading text as plain text; empty for the introduction.</param>
/// <param name="Level">2 or 3 for headings, 0 for the introduction.</param>
/// <param name="Text">The section's body as plain text (without the heading).</param>
/// <param name="Line">1-based line of the heading (or of the first body line) in the file.</param>
public sealed record Section(string? Anchor, string Heading, int Level, string Text, int Line)
{
    public bool IsIntroduction => Anchor is null;
}
