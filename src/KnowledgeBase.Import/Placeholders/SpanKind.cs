namespace KnowledgeBase.Import.Placeholders;

/// <summary>What a span of template syntax in a help desk's text is.</summary>
public enum SpanKind
{
    /// <summary><c>{{ ticket.id | upcase }}</c>: Liquid output (Zendesk, Freshdesk, Chatwoot).</summary>
    Output,

    /// <summary><c>{% if … %}</c>: a Liquid tag.</summary>
    Tag,

    /// <summary><c>#{ticket.number}</c>: a Zammad placeholder.</summary>
    Zammad,
}
