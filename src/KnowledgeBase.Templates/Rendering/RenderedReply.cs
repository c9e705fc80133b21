namespace KnowledgeBase.Templates.Rendering;

/// <summary>A template filled in for one channel.</summary>
/// <param name="Channel">The declared channel it was written for; null for the default text.</param>
/// <param name="Text">Plain text, exactly as it should be sent; gaps show as <c>⟦label⟧</c> markers.</param>
/// <param name="Problems">Everything that stops the reply from being sent as is, in form order.</param>
public sealed record RenderedReply(string TemplateId, string? Channel, string Text, IReadOnlyList<FieldProblem> Problems)
{
    /// <summary>The greeting the template marked ("Hi Jana,"); empty when it marks none.</summary>
    public string Greeting { get; init; } = string.Empty;

    /// <summary>The text between the greeting and the sign-off; the whole text when the template marks neither.</summary>
    public string Body
    {
        get => field ?? Text;
        init;
    }

    /// <summary>The sign-off the template marked (the agent's signature); empty when it marks none.</summary>
    public string SignOff { get; init; } = string.Empty;

    /// <summary>True when nothing is missing or wrong and no marker is left in the text.</summary>
    public bool IsComplete => Problems.Count == 0 && !PlaceholderMarkers.Any(Text);

    /// <summary>The text as HTML paragraphs, every character of it encoded.</summary>
    public string Html => ReplyHtml.FromText(Text);
}
