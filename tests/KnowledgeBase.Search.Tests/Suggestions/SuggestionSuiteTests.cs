using KnowledgeBase.Search.Suggestions;
using Xunit.Abstractions;

namespace KnowledgeBase.Search.Tests.Suggestions;

/// <summary>
/// The suggestion suite: customer messages written for the shipped templates (at least 20 per
/// language, short ones and ones opening with "Hi", "Dobrý den", "Labdien", "Bonjour",
/// "Здравствуйте") run through the real suggestion service over content/. The language must be
/// right for 95 % of them and the expected template among the first three for 90 %.
/// The numbers are recorded in docs/relevance.md.
/// </summary>
public sealed class SuggestionSuiteTests(ShippedContentFixture shipped, ITestOutputHelper output) : IClassFixture<ShippedContentFixture>
{
    private const double LanguageTarget = 0.95;
    private const double TopThreeTarget = 0.90;

    public static TheoryData<string> AgentLanguages => new() { string.Empty, "en" };

    [Fact]
    public void TheSuite_HasAtLeastTwentyMessagesPerLanguage_ForTemplatesThatExist()
    {
        var counts = CustomerMessage.All.GroupBy(m => m.Lang).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["cs", "en", "fr", "lv", "ru"], counts.Keys.Order(StringComparer.Ordinal));
        Assert.All(counts.Values, count => Assert.True(count >= 20));
        Assert.All(CustomerMessage.All, m => Assert.NotNull(shipped.Content.Find(m.Template)));
        Assert.All(CustomerMessage.All, m => Assert.Equal(m.Lang, shipped.Content.Find(m.Template)!.Language));
    }

    /// <param name="agentLanguage">Empty: an agent with no languages set; "en": an English-speaking agent answering every language.</param>
    [Theory]
    [MemberData(nameof(AgentLanguages))]
    public void LanguageIsRight_For95Percent_AndTheTemplateIsInTheTopThree_For90Percent(string agentLanguage)
    {
        var results = CustomerMessage.All.Select(m =>
        {
            var response = shipped.Index.Suggest(new SuggestionRequest(m.Message) { AgentLanguages = agentLanguage.Length == 0 ? [] : [agentLanguage] });
            var top = response.Templates.Take(3).Select(t => t.Id).ToList();
            return (Message: m, response.Language, Top: top, LanguageRight: response.Language == m.Lang, TopThree: top.Contains(m.Template));
        }).ToList();

        foreach (var group in results.GroupBy(r => r.Message.Lang))
        {
            output.WriteLine($"{group.Key}: language {group.Count(r => r.LanguageRight)}/{group.Count()}, top 3 {group.Count(r => r.TopThree)}/{group.Count()}");
        }

        foreach (var miss in results.Where(r => !r.LanguageRight || !r.TopThree))
        {
            output.WriteLine($"MISS [{miss.Message.Lang}→{miss.Language}] {miss.Message.Message} :: expected {miss.Message.Template}, got {string.Join(", ", miss.Top)}");
        }

        var language = results.Count(r => r.LanguageRight) / (double)results.Count;
        var topThree = results.Count(r => r.TopThree) / (double)results.Count;
        output.WriteLine($"all ({results.Count}): language {language:P1}, top 3 {topThree:P1}");
        Assert.True(language >= LanguageTarget, $"language right for {language:P1} of the messages (target {LanguageTarget:P0})");
        Assert.True(topThree >= TopThreeTarget, $"expected template in the top 3 for {topThree:P1} of the messages (target {TopThreeTarget:P0})");
    }
}
