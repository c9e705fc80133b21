using KnowledgeBase.Import.HelpDesks;
using KnowledgeBase.Import.Placeholders;

namespace KnowledgeBase.Import.Tests.Placeholders;

public sealed class PlaceholderConverterTests
{
    [Theory]
    [InlineData(HelpDesk.Zendesk, "Hi {{ticket.requester.first_name}},", "Hi {{ customer.first_name }},")]
    [InlineData(HelpDesk.Zendesk, "{{ticket.requester.name}}", "{{ customer.name }}")]
    [InlineData(HelpDesk.Zendesk, "{{current_user.name}}", "{{ agent.name }}")]
    [InlineData(HelpDesk.Zendesk, "{{current_user.signature}}", "{{ agent.signature }}")]
    [InlineData(HelpDesk.Zendesk, "{{current_user.first_name}} {{current_user.last_name}}", "{{ agent.name }}")]
    [InlineData(HelpDesk.Zendesk, "{{ticket.requester.first_name}} {{ticket.requester.last_name}}", "{{ customer.name }}")]
    [InlineData(HelpDesk.Zendesk, "Ticket #{{ticket.id}}", "Ticket #{{ ticket.id }}")]
    [InlineData(HelpDesk.Zendesk, "{{ticket.requester.first_name | capitalize}}", "{{ customer.first_name | capitalize }}")]
    [InlineData(HelpDesk.Zendesk, "{{ ticket.requester.first_name | default: \"there\" }}", "{{ customer.first_name | default: \"there\" }}")]
    [InlineData(HelpDesk.Zendesk, "{% if ticket.requester.email %}x{% endif %}", "{% if customer.email %}x{% endif %}")]
    [InlineData(HelpDesk.Freshdesk, "{{ticket.requester.firstname}}", "{{ customer.first_name }}")]
    [InlineData(HelpDesk.Freshdesk, "{{ticket.agent.name}}", "{{ agent.name }}")]
    [InlineData(HelpDesk.Zammad, "Hello #{ticket.customer.firstname},", "Hello {{ customer.first_name }},")]
    [InlineData(HelpDesk.Zammad, "#{user.firstname} #{user.lastname}", "{{ agent.name }}")]
    [InlineData(HelpDesk.Zammad, "#{user.firstname}", "{{ agent.name }}")]
    [InlineData(HelpDesk.Zammad, "Ticket #{ticket.number}", "Ticket {{ ticket.number }}")]
    [InlineData(HelpDesk.Chatwoot, "{{contact.first_name}}", "{{ customer.first_name }}")]
    [InlineData(HelpDesk.Chatwoot, "{{contact.name}}", "{{ customer.name }}")]
    [InlineData(HelpDesk.Chatwoot, "{{agent.name}}", "{{ agent.name }}")]
    [InlineData(HelpDesk.Chatwoot, "{{conversation.id}}", "{{ conversation.id }}")]
    public void Placeholder_BecomesOurs(HelpDesk helpDesk, string text, string expected)
    {
        var result = PlaceholderConverter.Convert(helpDesk, text);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(expected, result.Text);
    }

    [Fact]
    public void TicketNumbers_AndUnknownPlaceholders_BecomeDeclaredFieldsWithLabels()
    {
        var result = PlaceholderConverter.Convert(HelpDesk.Zendesk, "Ticket {{ticket.id}}, org {{ticket.organization.name}}, hi {{ticket.requester.first_name}}");

        Assert.Equal(["customer.first_name", "ticket.id", "ticket.organization.name"], result.Fields.Select(f => f.Name));
        Assert.Equal("Ticket number", result.Fields.Single(f => f.Name == "ticket.id").Label);
        Assert.Equal("Customer's first name", result.Fields.Single(f => f.Name == "customer.first_name").Label);
        Assert.Contains("Zendesk ticket.organization.name", result.Fields.Single(f => f.Name == "ticket.organization.name").Label, StringComparison.Ordinal);
        Assert.All(result.Fields, f => Assert.True(f.Required));
        Assert.Contains(result.Notes, n => n.Contains("ticket.organization.name", StringComparison.Ordinal));
    }

    [Fact]
    public void AgentFields_AreStandard_AndNotDeclared()
    {
        var result = PlaceholderConverter.Convert(HelpDesk.Chatwoot, "{{agent.name}} <{{agent.email}}>");

        Assert.Empty(result.Fields);
    }

    [Fact]
    public void FieldsReadOnlyInConditionsOrWithADefault_AreOptional()
    {
        var result = PlaceholderConverter.Convert(HelpDesk.Zendesk,
            "{% if ticket.requester.email %}mail{% endif %} {{ ticket.title | default: \"your request\" }}");

        Assert.All(result.Fields, f => Assert.False(f.Required, f.Name));
        Assert.Equal(["customer.email", "ticket.title"], result.Fields.Select(f => f.Name));
    }

    [Fact]
    public void UnknownFilter_IsRemoved_AndSaid()
    {
        var result = PlaceholderConverter.Convert(HelpDesk.Zendesk, "{{ticket.requester.first_name | money | upcase}}");

        Assert.Equal("{{ customer.first_name | upcase }}", result.Text);
        Assert.Contains(result.Notes, n => n.Contains("'money'", StringComparison.Ordinal));
    }

    [Fact]
    public void AgentFirstNameAlone_PrintsTheWholeName_AndSaysSo()
    {
        var result = PlaceholderConverter.Convert(HelpDesk.Zendesk, "Cheers, {{current_user.first_name}}");

        Assert.Equal("Cheers, {{ agent.name }}", result.Text);
        Assert.Contains(result.Notes, n => n.Contains("agent.name", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownPlaceholderUnderAgent_GetsTheHelpDesksNameInFront()
    {
        var result = PlaceholderConverter.Convert(HelpDesk.Chatwoot, "{{agent.phone}}");

        Assert.Equal("{{ chatwoot_agent.phone }}", result.Text);
        Assert.Equal("chatwoot_agent.phone", Assert.Single(result.Fields).Name);
    }

    [Theory]
    [InlineData(HelpDesk.Zendesk, "Hi {% if ticket.requester.first_name %}there")]
    [InlineData(HelpDesk.Zendesk, "Hi {{ticket.requester.first_name")]
    [InlineData(HelpDesk.Zammad, "Hello #{ticket.customer.firstname")]
    [InlineData(HelpDesk.Zendesk, "{% include 'secrets' %}")]
    public void InvalidTemplateText_IsAnError_NotATemplate(HelpDesk helpDesk, string text)
    {
        var result = PlaceholderConverter.Convert(helpDesk, text);

        Assert.False(result.IsValid);
        Assert.NotEmpty(result.Error!);
    }

    [Fact]
    public void ZammadSyntax_IsOnlyReadInZammadExports()
    {
        var result = PlaceholderConverter.Convert(HelpDesk.Chatwoot, "Order #{123} and #{{conversation.id}}");

        Assert.Equal("Order #{123} and #{{ conversation.id }}", result.Text);
    }
}
