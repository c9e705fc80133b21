using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Suggestions;
using Xunit.Abstractions;

namespace KnowledgeBase.Search.Tests.Suggestions;

/// <summary>Messages customers really send, against the shipped templates and SOPs.</summary>
public sealed class ShippedContentSuggestionTests(ShippedContentFixture shipped, ITestOutputHelper output) : IClassFixture<ShippedContentFixture>
{
    private SuggestionResponse Suggest(string message, string? language = null)
    {
        var response = shipped.Index.Suggest(new SuggestionRequest(message) { Language = language });
        output.WriteLine("templates: " + string.Join(", ", response.Templates.Select(t => $"{t.Id} ({t.Score:F2})")));
        output.WriteLine("sections:  " + string.Join(", ", response.Sections.Select(s => $"{s.Id}#{s.Section} ({s.Score:F2})")));
        return response;
    }

    [Fact]
    public void ALateParcel_SuggestsTheLostParcelTemplateFirst_AndTheLostParcelsSop()
    {
        var response = Suggest("Hello, my parcel should have arrived last week but it still hasn't come and the tracking has not moved for 6 days. Order BC-2026-104233. What is going on?");

        Assert.Equal("templates/en/shipping/lost-parcel", response.Templates[0].Id);
        Assert.Contains("articles/en/shipping/lost-damaged-stolen-parcels", response.Sections.Take(2).Select(s => s.Id));
        Assert.All(response.Templates.Concat(response.Sections), hit => Assert.Equal("en", hit.Language));
    }

    [Fact]
    public void ARefundQuestion_SuggestsTheRefundConfirmation()
    {
        var response = Suggest("I returned the kettle two weeks ago and I still have not got my money back. When will I get the refund?");

        Assert.Equal("templates/en/returns/refund-confirmation", response.Templates[0].Id);
        Assert.Contains(response.Sections, s => s.Id == "articles/en/returns/refunds-exchanges-restocking-fee");
    }

    [Fact]
    public void ACzechMessage_SuggestsCzechTemplatesFirst()
    {
        var response = Suggest("Dobrý den, kdy mi přijde objednávka? Objednal jsem si ji v pondělí a pořád nic. Jak dlouho trvá doručení?");

        Assert.Equal("templates/cs/doba-doruceni", response.Templates[0].Id);
        Assert.Equal("cs", response.Sections[0].Language);
    }

    [Fact]
    public void ARussianMessage_WithoutDiacriticsOrCase_StillFindsTheRussianRefundTemplate()
    {
        var response = Suggest("когда вернут деньги за возврат? посылку отправил обратно неделю назад");

        Assert.Equal("ru", response.Templates[0].Language);
        Assert.Contains("vozvrat", response.Templates[0].Id + response.Templates.ElementAtOrDefault(1)?.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLanguageFilter_KeepsEverySuggestionInThatLanguage()
    {
        var response = Suggest("where is my refund", language: "fr");

        Assert.All(response.Templates.Concat(response.Sections), hit => Assert.Equal("fr", hit.Language));
    }

    [Fact]
    public void SnippetsMarkTheMessagesWords()
    {
        var response = Suggest("My parcel was stolen from the doorstep");

        Assert.Contains(response.Templates[0].Snippet, segment => segment.Hit);
        Assert.Equal(DocumentKind.Article, response.Sections[0].Kind);
        Assert.NotNull(response.Sections[0].Section);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ...")]
    [InlineData("12345 67890")]
    [InlineData("{{ 7 * 7 }} AND OR NOT \"unclosed ( [ ~ *")]
    public void OddMessages_GiveEmptyOrSomeSuggestions_NeverAnError(string message)
    {
        var response = shipped.Index.Suggest(new SuggestionRequest(message));

        Assert.NotNull(response.Templates);
        Assert.NotNull(response.Sections);
    }

    [Fact]
    public void AHugePastedThread_IsCutAndStillAnswered()
    {
        var message = string.Concat(Enumerable.Repeat("My parcel is lost and the tracking has not moved. ", 2_000));

        var response = shipped.Index.Suggest(new SuggestionRequest(message));

        Assert.Equal("templates/en/shipping/lost-parcel", response.Templates[0].Id);
        Assert.True(response.Message.Length <= SuggestionRequest.MaxMessageLength);
    }
}
