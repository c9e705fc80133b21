namespace KnowledgeBase.TestSupport;

/// <summary>
/// Help-desk exports written for the import tests from the help desks' public API documentation:
/// Zendesk macros, Freshdesk canned responses, Zammad text modules, Chatwoot canned responses,
/// each with HTML, nested lists, links, placeholders, inactive and restricted items and broken entries.
/// </summary>
public static class HelpDeskExports
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeBase.TestSupport", "HelpDeskExports");

    public static string Zendesk => Path.Combine(Folder, "zendesk-macros.json");

    public static string ZendeskMalformed => Path.Combine(Folder, "zendesk-malformed.json");

    public static string Freshdesk => Path.Combine(Folder, "freshdesk-canned-responses.json");

    public static string Zammad => Path.Combine(Folder, "zammad-text-modules.json");

    public static string Chatwoot => Path.Combine(Folder, "chatwoot-canned-responses.json");

    /// <summary>The export of <paramref name="helpDesk"/> (zendesk, freshdesk, zammad, chatwoot).</summary>
    public static string For(string helpDesk) => helpDesk switch
    {
        "zendesk" => Zendesk,
        "freshdesk" => Freshdesk,
        "zammad" => Zammad,
        "chatwoot" => Chatwoot,
        _ => throw new ArgumentOutOfRangeException(nameof(helpDesk)),
    };
}
