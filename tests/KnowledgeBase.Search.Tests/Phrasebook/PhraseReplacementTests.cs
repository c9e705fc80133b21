using KnowledgeBase.Search.Phrasebook;
using static KnowledgeBase.Search.Tests.Phrasebook.TestPhrasebooks;

namespace KnowledgeBase.Search.Tests.Phrasebook;

public sealed class PhraseReplacementTests
{
    [Theory]
    [InlineData("en", "Unfortunately", "Unfortunately, it is late.", "At the moment", "At the moment, it is late.")]
    [InlineData("en", "Unfortunately", "It is, unfortunately, late.", "At the moment", "It is, at the moment, late.")]
    [InlineData("en", "Unfortunately", "UNFORTUNATELY IT IS LATE", "At the moment", "AT THE MOMENT IT IS LATE")]
    [InlineData("en", "Unfortunately", "It is unfortunately late.", "Currently", "It is currently late.")]
    [InlineData("en", "No problem", "Thanks! no problem at all", "Always happy to help", "Thanks! always happy to help at all")]
    [InlineData("en", "problem", "The problem is solved.", "difficulty", "The difficulty is solved.")]
    [InlineData("en", "problem", "Problem solved.", "difficulty", "Difficulty solved.")]
    [InlineData("en", "Unfortunately", "and unfortunately so", "I'll check", "and I'll check so")]
    [InlineData("en", "I don't know", "I don’t know why.", "Let me find out for you", "Let me find out for you why.")]
    [InlineData("en", "I don't know", "Sadly, I don't know.", "Let me find out for you", "Sadly, let me find out for you.")]
    [InlineData("en", "I don't know", "Hi Anna,\nI don't know.", "Let me find out for you", "Hi Anna,\nLet me find out for you.")]
    [InlineData("en", "I don't know", "I DON'T KNOW", "Let me find out for you", "LET ME FIND OUT FOR YOU")]
    [InlineData("en", "ASAP", "We will reply ASAP.", "by the end of today", "We will reply by the end of today.")]
    [InlineData("en", "ASAP", "ASAP we will reply.", "by the end of today", "By the end of today we will reply.")]
    [InlineData("ru", "К сожалению", "Заказ, к сожалению, задерживается.", "На данный момент", "Заказ, на данный момент, задерживается.")]
    [InlineData("ru", "К сожалению", "К сожалению, заказ задерживается.", "На данный момент", "На данный момент, заказ задерживается.")]
    [InlineData("cs", "Žádný problém", "žádný problém, rádi", "Rádo se stalo", "rádo se stalo, rádi")]
    [InlineData("lv", "Diemžēl", "Diemžēl pasūtījums kavējas.", "Šobrīd", "Šobrīd pasūtījums kavējas.")]
    [InlineData("fr", "Malheureusement", "Le colis est malheureusement en retard.", "Actuellement", "Le colis est actuellement en retard.")]
    public void Apply_KeepsTheCapitalisationOfTheFoundText(string language, string avoid, string text, string preferred, string expected)
    {
        using var linter = Linter(language, avoid);
        var finding = Assert.Single(linter.Lint(text, language));

        var replaced = PhraseReplacement.Apply(text, finding, preferred);

        Assert.Equal(expected, replaced.Text);
    }

    [Fact]
    public void Apply_PutsTheCaretJustAfterTheNewPhrase()
    {
        const string text = "😀 Sorry, unfortunately it is late.";
        using var linter = Linter("en", "Unfortunately");
        var finding = Assert.Single(linter.Lint(text, "en"));

        var replaced = PhraseReplacement.Apply(text, finding, "At the moment");

        Assert.Equal("😀 Sorry, at the moment it is late.", replaced.Text);
        Assert.Equal(replaced.Text.IndexOf(" it is", StringComparison.Ordinal), replaced.CaretAfter);
    }

    [Fact]
    public void Apply_RefusesAFindingFromAnOlderVersionOfTheText()
    {
        using var linter = Linter("en", "problem");
        var finding = Assert.Single(linter.Lint("A problem.", "en"));

        Assert.Throws<ArgumentException>(() => PhraseReplacement.Apply("Another problem.", finding, "difficulty"));
        Assert.Throws<ArgumentException>(() => PhraseReplacement.Apply("A p", finding, "difficulty"));
    }
}
