namespace KnowledgeBase.Import.HelpDesks;

/// <summary>How a help desk is named on the command line, in <c>source:</c> ids and in tags.</summary>
public static class HelpDeskNames
{
    public static IReadOnlyList<string> All { get; } = ["zendesk", "freshdesk", "zammad", "chatwoot"];

    public static string Of(HelpDesk helpDesk) => helpDesk switch
    {
        HelpDesk.Zendesk => "zendesk",
        HelpDesk.Freshdesk => "freshdesk",
        HelpDesk.Zammad => "zammad",
        HelpDesk.Chatwoot => "chatwoot",
        _ => throw new ArgumentOutOfRangeException(nameof(helpDesk)),
    };

    /// <summary>The product's own spelling, for labels and messages.</summary>
    public static string Display(HelpDesk helpDesk) => helpDesk switch
    {
        HelpDesk.Zendesk => "Zendesk",
        HelpDesk.Freshdesk => "Freshdesk",
        HelpDesk.Zammad => "Zammad",
        HelpDesk.Chatwoot => "Chatwoot",
        _ => throw new ArgumentOutOfRangeException(nameof(helpDesk)),
    };

    public static bool TryParse(string? name, out HelpDesk helpDesk)
    {
        foreach (var candidate in Enum.GetValues<HelpDesk>())
        {
            if (string.Equals(Of(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                helpDesk = candidate;
                return true;
            }
        }

        helpDesk = default;
        return false;
    }
}
