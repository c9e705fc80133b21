namespace KnowledgeBase.Import.HelpDesks;

/// <summary>How an item's body is written in the export.</summary>
public enum BodyFormat
{
    /// <summary>HTML from a rich-text editor (Zendesk <c>comment_value_html</c>, Freshdesk <c>content_html</c>, Zammad).</summary>
    Html,

    /// <summary>Plain text, or the light Markdown Chatwoot's editor writes: kept as it is.</summary>
    Text,
}
