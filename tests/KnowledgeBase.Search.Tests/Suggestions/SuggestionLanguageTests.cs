using KnowledgeBase.Search.Suggestions;

namespace KnowledgeBase.Search.Tests.Suggestions;

/// <summary>
/// Suggestions come in the language the customer wrote in, read from the whole message, with the
/// agent's own languages as the likelier ones; one short word never decides.
/// </summary>
public sealed class SuggestionLanguageTests : IDisposable
{
    private readonly IndexedContent _index = new();

    public SuggestionLanguageTests()
    {
        var content = _index.Content;
        content.Write("templates/en/lost-parcel.md", "---\ntitle: Lost parcel\nexamples: [my parcel never arrived, where is my package]\n---\nWe are sorry your parcel has not arrived. We will trace it.\n");
        content.Write("templates/cs/ztracena-zasilka.md", "---\ntitle: Ztracená zásilka\nexamples: [moje zásilka nedorazila, kde je můj balík]\n---\nMrzí nás, že zásilka nedorazila. Vyhledáme ji.\n");
        content.Write("templates/cs/reklamace-obuvi.md", "---\ntitle: Reklamace obuvi\nexamples: [boty Nike se rozpadly, podrážka se odlepila]\n---\nReklamaci bot vyřídíme do 30 dnů.\n");
        _index.Open();
    }

    public void Dispose() => _index.Dispose();

    private SuggestionResponse Suggest(string message, params string[] agentLanguages) =>
        _index.Index!.Suggest(new SuggestionRequest(message) { AgentLanguages = agentLanguages });

    [Fact]
    public void AnEnglishMessage_WithACzechLookingWord_IsAnsweredInEnglish()
    {
        var response = Suggest("Hi, my parcel never arrived, order 12345, what can you do?");

        Assert.Equal("en", response.Language);
        Assert.True(response.LanguageDetected);
        Assert.Equal("templates/en/lost-parcel", response.Templates[0].Id);
        Assert.All(response.Templates, t => Assert.Equal("en", t.Language));
    }

    [Theory]
    [InlineData("Dobrý den, moje zásilka pořád nedorazila. Kde je?")]
    [InlineData("Dobry den, moje zasilka porad nedorazila. Kde je?")]
    public void ACzechMessage_IsAnsweredInCzech_WithOrWithoutDiacritics(string message)
    {
        var response = Suggest(message, "en");

        Assert.Equal("cs", response.Language);
        Assert.Equal("templates/cs/ztracena-zasilka", response.Templates[0].Id);
    }

    [Fact]
    public void AShortMessage_IsReadInTheAgentsLanguage_UnlessTheTextIsClearlyAnother()
    {
        Assert.Equal("cs", Suggest("balik?", "cs").Language);
        Assert.Equal("cs", Suggest("Kde je můj balík?", "en").Language);
    }

    [Fact]
    public void WhenNothingMatchesInTheLanguage_TheOtherLanguagesAreNamed()
    {
        var response = Suggest("Nike shoes fell apart after one week.", "en");

        Assert.Equal("en", response.Language);
        Assert.Empty(response.Templates);
        Assert.Equal(["cs"], response.OtherLanguages);
    }

    [Fact]
    public void ALanguageAskedFor_IsUsed_AndNotDetected()
    {
        var response = _index.Index!.Suggest(new SuggestionRequest("my parcel never arrived") { Language = "cs" });

        Assert.Equal("cs", response.Language);
        Assert.False(response.LanguageDetected);
    }
}
