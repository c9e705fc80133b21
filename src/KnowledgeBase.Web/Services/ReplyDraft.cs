namespace KnowledgeBase.Web.Services;

/// <summary>
/// The reply an agent is writing, kept for the browser tab (circuit) so that inserting a template
/// from a template page or the search page and coming back to the composer loses nothing.
/// </summary>
public sealed class ReplyDraft
{
    /// <summary>The reply text as last typed or inserted.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The customer's message the agent pasted for suggestions.</summary>
    public string CustomerMessage { get; set; } = string.Empty;

    /// <summary>The language the reply is written in, for phrasebook hints; null until known.</summary>
    public string? Language { get; set; }

    /// <summary>Adds text at the end as its own paragraph.</summary>
    public void Append(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = Text.TrimEnd().Length == 0 ? text : $"{Text.TrimEnd()}\n\n{text}";
        Language ??= language;
    }
}
