using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>What the API tests read: an article with sections, a template with fields and channels, a phrasebook.</summary>
internal static class ApiContent
{
    public const string Article = "articles/en/returns/refund-times";
    public const string Template = "templates/en/returns/refund-issued";

    public static void Write(TempContentFolder content)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Article(Article, "title: How long refunds take\nsummary: When the money is back.\ntags: [refunds]",
            "Refunds go back to the original payment method.\n\n## Card refunds\n\nA card refund shows within **5 working days**.\n\n## PayPal refunds\n\nPayPal shows it the same day.\n");
        content.Write(Template + ".md", """
            ---
            title: Refund issued
            shortcut: refund
            channels: [email, sms]
            fields:
              - name: customer.first_name
                label: Customer's first name
                required: true
              - name: order.id
                label: Order number
                required: true
              - name: refund.method
                label: Payment method
                type: choice
                options: [card, PayPal account]
                default: card
                required: true
            examples:
              - where is my refund
            ---
            Hi {{ customer.first_name }},

            we have refunded order {{ order.id }} to your {{ refund.method }}.

            {{ agent.name }}

            ## sms

            Refund for {{ order.id }} issued.
            """);
        content.Write("phrasebook/en.yml", "- avoid: Unfortunately\n  prefer: [At the moment]\n  note: Lead with what we can do.\n");
    }
}
