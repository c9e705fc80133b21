namespace KnowledgeBase.Import.HelpDesks;

/// <summary>The help desks whose exports <c>kb import</c> reads.</summary>
public enum HelpDesk
{
    /// <summary><c>GET /api/v2/macros</c>: macros whose reply is a <c>comment_value_html</c> or <c>comment_value</c> action.</summary>
    Zendesk,

    /// <summary>Canned responses: <c>GET /api/v2/canned_response_folders</c> and each folder's <c>/responses</c>.</summary>
    Freshdesk,

    /// <summary><c>GET /api/v1/text_modules</c>.</summary>
    Zammad,

    /// <summary><c>GET /api/v1/accounts/{id}/canned_responses</c>.</summary>
    Chatwoot,
}
