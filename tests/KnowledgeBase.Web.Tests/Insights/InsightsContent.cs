using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Web.Tests.Insights;

/// <summary>Articles and a template the insights tests share; one SOP is overdue for review.</summary>
internal static class InsightsContent
{
    public const string DeliveryId = "articles/en/shipping/delivery-times";
    public const string ReturnsId = "articles/en/returns/returns-policy";
    public const string EtaId = "templates/en/eta";
    public const string ApologyId = "templates/en/apology";

    public static void Write(TempContentFolder content)
    {
        content.Article("articles/en/shipping/delivery-times", "title: Delivery times\ntags: [shipping]",
            "How long delivery takes.\n\n## Standard delivery\n\nTwo to four days.\n\n## Where orders ship from\n\nFrom Brno, Riga and Lyon.\n");
        content.Article("articles/en/returns/returns-policy", "title: Returns policy\nowner: Jana\nreviewed: 2026-01-10\nreview_every: 90",
            "Customers can return goods within 30 days.\n");
        content.Write("templates/en/eta.md", "---\ntitle: Delivery estimate\nshortcut: eta\n---\nHi, delivery takes two days.\n");
        content.Write("templates/en/apology.md", "---\ntitle: Apology for the delay\nshortcut: sorry\n---\nWe are sorry for the delay.\n");
    }
}
