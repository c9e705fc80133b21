namespace KnowledgeBase.Templates.Rendering;

/// <summary>A template filled in for one channel.</summary>
/// <param name="Channel">The declared channel it was written for; null for the default text.</param>
/// <param name="Text">Plain text, exactly as it should be sent; gaps show as <c>⟦label⟧</c> markers.</param>
/// <param name="Problems">Everything that stops the reply from being sent as is, in form order.</param>
public sealed record RenderedReply(string TemplateId, string? Channel, string Text, IReadOnlyList<FieldProblem> Problems)
{
    /// <summary>True when nothing is missing or wrong and no marker is left in the text.</summary>
    public bool IsComplete => Problems.Count == 0 && !PlaceholderMarkers.Any(Text);

    /// <summary>The text as HTML paragraphs, every character of it encoded.</summary>
    public string Html => ReplyHtml.FromText(Text);
}
