using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Web.Tests.Reply;

/// <summary>The templates and phrasebook the reply tests share.</summary>
internal static class ReplyContent
{
    public const string RefundId = "templates/en/refund";

    public static void Write(TempContentFolder content)
    {
        content.Write("templates/en/refund.md", """
            ---
            title: Refund confirmation
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
              - name: refund.amount
                label: Amount
                type: number
              - name: refund.note
                label: Note
                type: multiline
            examples: [Where is my refund?, when do i get my money back]
            ---
            Hi {{ customer.first_name }},
            {% comment %}greeting above{% endcomment %}

            we have refunded order {{ order.id }} to your {{ refund.method }}.{% if refund.amount %} Amount: {{ refund.amount }} EUR.{% endif %} {{ refund.note }}

            {% comment %}sign-off below{% endcomment %}
            {{ agent.signature }}

            ## sms

            Refund for {{ order.id }} issued to your {{ refund.method }}.
            """);
        content.Write("templates/en/lost.md", """
            ---
            title: Lost parcel
            shortcut: lost
            fields:
              - name: customer.first_name
                label: Customer's first name
                required: true
              - name: order.id
                label: Order number
                required: true
              - name: claim.number
                label: Claim number
                required: true
            ---
            Hi {{ customer.first_name }},
            {% comment %}greeting above{% endcomment %}

            we are tracing order {{ order.id }} (claim {{ claim.number }}).

            {% comment %}sign-off below{% endcomment %}
            {{ agent.signature }}
            """);
        content.Write("templates/en/thanks.md", """
            ---
            title: Thanks for waiting
            shortcut: thanks
            ---
            Thank you for waiting.
            """);
        content.Write("templates/en/delivery.md", """
            ---
            title: Delivery times
            shortcut: eta
            fields:
              - name: order.id
                label: Order number
                required: true
            examples: [When will my parcel arrive?]
            ---
            Order {{ order.id }} arrives in 2–4 days.
            """);
        content.Write("phrasebook/en.yml", """
            - avoid: Unfortunately
              prefer: [At the moment, Currently]
              note: Lead with what we can do.
            - avoid: No problem
              prefer: [Always happy to help]
            """);
    }
}
