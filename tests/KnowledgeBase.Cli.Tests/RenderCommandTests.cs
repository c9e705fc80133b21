using System.Text.Json;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Cli.Tests;

public sealed class RenderCommandTests : IDisposable
{
    private const string Refund = "templates/en/returns/refund-confirmation";

    private static readonly string[] RefundValues =
    [
        "--set", "customer.first_name=Jana",
        "--set", "order.id=BC-2026-104233",
        "--set", "refund.amount=84.90 EUR",
        "--agent-name", "Petra",
        "--agent-signature", "Petra\nBrightcart Customer Care",
    ];

    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Lf(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void Text_IsTheFilledInReply()
    {
        var result = KbRunner.Run(["render", Refund, .. RefundValues]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "Hi Jana,\n\nGood news: we have issued your refund of 84.90 EUR for order BC-2026-104233, back to your card.\n\n" +
            "Once the refund is issued, your bank or payment provider needs 3–10 working days to show it on your statement.\n\n" +
            "Petra\nBrightcart Customer Care\n",
            Lf(result.Output));
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Json_HasIdChannelAndText_ChannelNullForTheDefaultText()
    {
        var result = KbRunner.Run(["render", Refund, "--json", .. RefundValues]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(Refund, json.RootElement.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("channel").ValueKind);
        Assert.StartsWith("Hi Jana,\n\nGood news", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SmsChannel_UsesTheSmsText_AndValuesMayContainEquals()
    {
        var result = KbRunner.Run("render", Refund, "--channel", "sms", "--json", "--set", "order.id=A=1", "--set", "refund.amount=5 EUR", "--set", "refund.status=return received");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("sms", json.RootElement.GetProperty("channel").GetString());
        Assert.Equal(
            "Brightcart: your return for order A=1 has arrived. Inspection takes up to 3 working days, the refund up to 5 more.",
            json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void MissingRequiredFields_ExitTwo_WithOneLinePerProblemOnStderr()
    {
        var result = KbRunner.Run("render", Refund, "--set", "customer.first_name=Jana", "--agent-signature", "Petra");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        var lines = Lf(result.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["missing required field: order.id", "missing required field: refund.amount"], lines);
    }

    [Fact]
    public void MissingAgentSignature_SaysHowToGiveIt()
    {
        var result = KbRunner.Run("render", Refund, "--set", "customer.first_name=Jana", "--set", "order.id=1", "--set", "refund.amount=1 EUR");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing agent field: agent.signature\n", Lf(result.Error), StringComparison.Ordinal);
        Assert.Contains("--agent-signature", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AgentValues_DefaultFromSettings()
    {
        var settings = new Dictionary<string, string?> { ["KnowledgeBase:Agent:Name"] = "Tomáš" };

        var result = KbRunner.Run(RepositoryPaths.Root, settings, "render", Refund, "--channel", "chat", "--set", "customer.first_name=Jana", "--set", "order.id=1", "--set", "refund.amount=1 EUR");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("Tomáš, Brightcart Customer Care\n", Lf(result.Output), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidValuesAndUnknownChannel_ExitTwo_WithTheirMessages()
    {
        _folder.Write("templates/cs/a.md", "---\ntitle: A\nchannels: [email]\nfields:\n  - name: order.total\n    type: number\n    required: true\n---\nCelkem {{ order.total }}\n");

        var result = KbRunner.Run("render", "templates/cs/a", "--content", _folder.Root, "--channel", "fax", "--set", "order.total=lots");

        Assert.Equal(2, result.ExitCode);
        var lines = Lf(result.Error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["channel 'fax' is not one of this template's channels: email", "order.total must be a number"], lines);
    }

    [Fact]
    public void Today_IsTheClocksDate_InTheTemplateLanguage()
    {
        _folder.Write("templates/cs/a.md", "---\ntitle: A\n---\nV Brně {{ today }}\n");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);

        var result = KbRunner.Run(RepositoryPaths.Root, null, clock, "render", "templates/cs/a", "--content", _folder.Root);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("V Brně 23. listopadu 2026\n", Lf(result.Output));
    }

    [Fact]
    public void UnknownId_ExitsTwo_WithSuggestions()
    {
        var result = KbRunner.Run("render", "templates/en/refund-confirmation");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no template with id 'templates/en/refund-confirmation'", result.Error, StringComparison.Ordinal);
        Assert.Contains(Refund, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleId_ExitsTwo_SayingItIsNotATemplate()
    {
        var result = KbRunner.Run("render", "articles/en/shipping/delivery-times");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'articles/en/shipping/delivery-times' is an article, not a template", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SetWithoutEquals_IsAUsageError()
    {
        var result = KbRunner.Run("render", Refund, "--set", "order.id");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--set expects NAME=VALUE", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SetOfAFieldTheTemplateLacks_IsAWarning_NotAFailure()
    {
        var result = KbRunner.Run(["render", Refund, "--set", "order.idd=1", .. RefundValues]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: templates/en/returns/refund-confirmation has no field 'order.idd'", result.Error, StringComparison.Ordinal);
    }
}
