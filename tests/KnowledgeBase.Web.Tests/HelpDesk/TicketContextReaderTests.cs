using KnowledgeBase.Web.HelpDesk;

namespace KnowledgeBase.Web.Tests.HelpDesk;

/// <summary>How one value from a help desk becomes plain, bounded text — or nothing.</summary>
public sealed class TicketContextReaderTests
{
    [Theory]
    [InlineData("Jana", 200, "Jana")]
    [InlineData("  Jana  ", 200, "Jana")]
    [InlineData("Line one\r\nline two", 200, "Line one\nline two")]
    [InlineData("Ja\u0000na\u202E", 200, "Jana")]
    [InlineData("abcdef", 3, "abc")]
    [InlineData("ab\U0001F600", 3, "ab")]
    [InlineData("<b>Jana</b>", 200, "<b>Jana</b>")]
    [InlineData("", 200, null)]
    [InlineData("   ", 200, null)]
    [InlineData("-", 200, null)]
    [InlineData("{{ticket.requester.first_name}}", 200, null)]
    [InlineData("#{ticket.customer.firstname}", 200, null)]
    [InlineData("%{ticket.id}", 200, null)]
    [InlineData("{{ticket.id}} and more", 200, "{{ticket.id}} and more")]
    public void Clean_KeepsText_DropsControlsAndUnfilledPlaceholders(string? value, int max, string? expected) =>
        Assert.Equal(expected, TicketContextReader.Clean(value, max));

    [Theory]
    [InlineData("Jana Nováková", "Jana")]
    [InlineData("Jana", "Jana")]
    [InlineData("shy-river-193", null)]
    [InlineData("jana@example.com", null)]
    [InlineData(null, null)]
    public void AChatwootContactsFirstName_IsTheFirstWord_UnlessTheNameIsGenerated(string? name, string? expected) =>
        Assert.Equal(expected, ChatwootContext.FirstName(name));

    [Theory]
    [InlineData("https://chat.example.com", true)]
    [InlineData("https://chat.example.com/", true)]
    [InlineData("http://127.0.0.1:5081", true)]
    [InlineData("https://chat.example.com/app", false)]
    [InlineData("https://*.example.com", false)]
    [InlineData("*", false)]
    [InlineData("https://chat.example.com; script-src *", false)]
    [InlineData("javascript:alert(1)", false)]
    public void OnlyBareOrigins_MayBeConfigured(string origin, bool valid) =>
        Assert.Equal(valid, EmbedFraming.IsOrigin(origin));
}
