using System.Text;
using KnowledgeBase.Search.Phrasebook;
using static KnowledgeBase.Search.Tests.Phrasebook.TestPhrasebooks;

namespace KnowledgeBase.Search.Tests.Phrasebook;

public sealed class PhrasebookLinterTests
{
    [Theory]
    [InlineData("Unfortunately, the parcel is late.")]
    [InlineData("The parcel is, unfortunately, late.")]
    [InlineData("UNFORTUNATELY THE PARCEL IS LATE")]
    public void Lint_FindsAnAvoidedWord_InAnyCase(string text)
    {
        using var linter = Linter("en", "Unfortunately => At the moment, Currently");

        var finding = Assert.Single(linter.Lint(text, "en"));

        Assert.Equal("unfortunately", finding.Found, ignoreCase: true);
        Assert.Equal(text.IndexOf(finding.Found, StringComparison.Ordinal), finding.Start);
        Assert.Equal("Unfortunately".Length, finding.Length);
        Assert.Equal("Unfortunately", finding.Avoid);
        Assert.Equal(["At the moment", "Currently"], finding.Prefer);
        Assert.Equal("note for Unfortunately", finding.Note);
    }

    [Theory]
    [InlineData("That sounds problematic.")]
    [InlineData("Noproblem at all")]
    [InlineData("problem_solved")]
    [InlineData("subproblem")]
    [InlineData("A problem-free return.")]
    [InlineData("It was a non-problem.")]
    public void Lint_MatchesWholeWordsOnly(string text)
    {
        using var linter = Linter("en", "problem");

        Assert.Empty(linter.Lint(text, "en"));
    }

    [Fact]
    public void Lint_ReportsNoProblemOnce_NotAlsoTheProblemInsideIt()
    {
        using var linter = Linter("en", "problem => difficulty", "No problem => Always happy to help");

        var finding = Assert.Single(linter.Lint("No problem, Anna!", "en"));

        Assert.Equal(0, finding.Start);
        Assert.Equal("No problem", finding.Found);
        Assert.Equal("No problem", finding.Avoid);
    }

    [Fact]
    public void Lint_KeepsTheLongestOverlappingMatch_EvenWhenAShorterOneStartsEarlier()
    {
        using var linter = Linter("en", "we are sorry", "sorry for the delay");

        var finding = Assert.Single(linter.Lint("We are sorry for the delay.", "en"));

        Assert.Equal("sorry for the delay", finding.Found);
    }

    [Fact]
    public void Lint_KeepsTheEarliest_OfTwoEquallyLongOverlappingMatches()
    {
        using var linter = Linter("en", "as I said", "I said so");

        var finding = Assert.Single(linter.Lint("as I said so", "en"));

        Assert.Equal("as I said", finding.Found);
    }

    [Fact]
    public void Lint_FindsEveryOccurrence_InTextOrder()
    {
        using var linter = Linter("en", "problem", "Unfortunately");
        const string text = "Unfortunately there is a problem. The problem is, unfortunately, ours.";

        var findings = linter.Lint(text, "en");

        Assert.Equal(["Unfortunately", "problem", "problem", "unfortunately"], findings.Select(f => f.Found));
        Assert.Equal(findings.OrderBy(f => f.Start).Select(f => f.Start), findings.Select(f => f.Start));
        Assert.All(findings, f => Assert.Equal(f.Found, text.Substring(f.Start, f.Length)));
    }

    [Theory]
    [InlineData("I'm afraid no\nproblem")]
    [InlineData("no \r\n   problem")]
    [InlineData("no\t\u00A0problem")]
    public void Lint_MatchesAMultiWordPhrase_AcrossAnyWhitespace(string text)
    {
        using var linter = Linter("en", "No problem");

        var finding = Assert.Single(linter.Lint(text, "en"));

        Assert.StartsWith("no", finding.Found, StringComparison.Ordinal);
        Assert.EndsWith("problem", finding.Found, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("No, problem solved.")]
    [InlineData("No. Problem solved.")]
    [InlineData("No 🙂 problem")]
    public void Lint_DoesNotJoinWords_SeparatedByPunctuationOrSymbols(string text)
    {
        using var linter = Linter("en", "No problem");

        Assert.Empty(linter.Lint(text, "en"));
    }

    [Theory]
    [InlineData("I don't know", "I don’t know")]
    [InlineData("I don’t know", "I don't know")]
    [InlineData("I don't know", "i DON'T know")]
    [InlineData("It's not our fault", "it’s not our fault")]
    public void Lint_TreatsTypographicAndStraightApostrophesAlike(string avoid, string text)
    {
        using var linter = Linter("en", avoid);

        var finding = Assert.Single(linter.Lint(text, "en"));

        Assert.Equal(text, finding.Found);
    }

    [Fact]
    public void Lint_DoesNotStemEnglish()
    {
        using var linter = Linter("en", "concern", "problem");

        Assert.Empty(linter.Lint("I am concerned about the concerns and problems.", "en"));
    }

    [Theory]
    [InlineData("cs", "Bohužel", "bohuzel to nejde")]
    [InlineData("cs", "bohuzel", "Bohužel to nejde")]
    [InlineData("fr", "problème", "Un probleme de livraison")]
    [InlineData("lv", "Diemžēl", "diemzel nevaram")]
    [InlineData("en", "naïve", "a naive question")]
    public void Lint_IgnoresDiacritics_OnEitherSide(string language, string avoid, string text)
    {
        using var linter = Linter(language, avoid);

        Assert.Single(linter.Lint(text, language));
    }

    [Theory]
    [InlineData("проблема", "У вас проблемы с заказом?", "проблемы")]
    [InlineData("проблема", "Мы решим вашу проблему.", "проблему")]
    [InlineData("проблема", "С этой проблемой сталкиваются многие.", "проблемой")]
    [InlineData("проблема", "Никаких проблем!", "проблем")]
    [InlineData("претензия", "Ваши претензии рассмотрены.", "претензии")]
    [InlineData("Вы должны", "вы должна прислать фото", "вы должна")]
    [InlineData("Как я уже сказал", "Как я уже сказала, заказ в пути.", "Как я уже сказала")]
    public void Lint_MatchesInflectedForms_InRussian(string avoid, string text, string found)
    {
        using var linter = Linter("ru", avoid);

        Assert.Equal(found, Assert.Single(linter.Lint(text, "ru")).Found);
    }

    [Theory]
    [InlineData("problém", "Řešíme váš problém.", "problém")]
    [InlineData("problém", "S tím problémem vám pomůžeme.", "problémem")]
    [InlineData("problém", "Bez problému.", "problému")]
    [InlineData("problém", "Problémy s doručením řešíme.", "Problémy")]
    [InlineData("stížnost", "Vaši stížnost jsme přijali.", "stížnost")]
    [InlineData("stížnost", "Vaše stížnosti řešíme.", "stížnosti")]
    [InlineData("Žádný problém", "žádné problémy nevidím", "žádné problémy")]
    public void Lint_MatchesInflectedForms_InCzech(string avoid, string text, string found)
    {
        using var linter = Linter("cs", avoid);

        Assert.Equal(found, Assert.Single(linter.Lint(text, "cs")).Found);
    }

    [Theory]
    [InlineData("problēma", "Tā ir problēma.", "problēma")]
    [InlineData("problēma", "Mums nav problēmas.", "problēmas")]
    [InlineData("problēma", "Atrisināsim jūsu problēmu.", "problēmu")]
    [InlineData("problēma", "Ar problēmām palīdzēsim.", "problēmām")]
    [InlineData("sūdzība", "Jūsu sūdzību saņēmām.", "sūdzību")]
    public void Lint_MatchesInflectedForms_InLatvian(string avoid, string text, string found)
    {
        using var linter = Linter("lv", avoid);

        Assert.Equal(found, Assert.Single(linter.Lint(text, "lv")).Found);
    }

    [Theory]
    [InlineData("lv", "problēma", "Mums nav problemas.", "problemas")]
    [InlineData("lv", "sūdzība", "jusu sudzibu sanemam", "sudzibu")]
    [InlineData("cs", "stížnost", "vase stiznosti resime", "stiznosti")]
    [InlineData("cs", "Žádný problém", "zadny problem", "zadny problem")]
    public void Lint_MatchesInflectedForms_TypedWithoutDiacritics(string language, string avoid, string text, string found)
    {
        using var linter = Linter(language, avoid);

        Assert.Equal(found, Assert.Single(linter.Lint(text, language)).Found);
    }

    [Theory]
    [InlineData("ru", "проблема", "Это проблематично.")]
    [InlineData("cs", "problém", "To je problematické.")]
    [InlineData("fr", "problème", "C'est problématique.")]
    public void Lint_DoesNotMatchALongerWordBuiltOnTheSameRoot(string language, string avoid, string text)
    {
        using var linter = Linter(language, avoid);

        Assert.Empty(linter.Lint(text, language));
    }

    [Theory]
    [InlineData("Je ne sais pas", "je ne sais pas encore", "je ne sais pas")]
    [InlineData("Calmez-vous", "Calmez vous, monsieur", "Calmez vous")]
    [InlineData("Calmez-vous", "Alors, calmez-vous.", "calmez-vous")]
    [InlineData("Comme je vous l'ai déjà dit", "Comme je vous l’ai deja dit, le colis arrive.", "Comme je vous l’ai deja dit")]
    [InlineData("Pas de problème", "Pas de problème !", "Pas de problème")]
    public void Lint_MatchesFrenchPhrasesWordForWord(string avoid, string text, string found)
    {
        using var linter = Linter("fr", avoid);

        Assert.Equal(found, Assert.Single(linter.Lint(text, "fr")).Found);
    }

    [Theory]
    [InlineData("😀👍🏽 Unfortunately")]
    [InlineData("𝔘𝔫 Unfortunately")]
    [InlineData("e\u0301te\u0301 — Unfortunately")]
    [InlineData("\u200B\u200DUnfortunately")]
    public void Lint_OffsetsAreUtf16Units_EvenAfterEmojiAndSurrogates(string text)
    {
        using var linter = Linter("en", "Unfortunately");

        var finding = Assert.Single(linter.Lint(text, "en"));

        Assert.Equal(text.IndexOf("Unfortunately", StringComparison.Ordinal), finding.Start);
        Assert.Equal("Unfortunately", text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("de")]
    [InlineData("")]
    public void Lint_ReturnsNothing_ForALanguageWithoutAPhrasebook(string language)
    {
        using var linter = Linter("en", "problem");

        Assert.Empty(linter.Lint("problem", language));
        Assert.False(linter.HasPhrasebook(language));
    }

    [Theory]
    [InlineData("EN")]
    [InlineData("en-GB")]
    [InlineData("en_US")]
    public void Lint_AcceptsTheLanguageCodeInAnyCaseAndWithARegion(string language)
    {
        using var linter = Linter("en", "problem");

        Assert.Single(linter.Lint("a problem", language));
    }

    [Fact]
    public void Lint_IgnoresEntriesWithoutWords()
    {
        using var linter = Linter("en", "!!!", "problem");

        Assert.Single(linter.Lint("!!! problem !!!", "en"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\uD800")]
    [InlineData("\uDC00problem\uD800")]
    [InlineData("\0\0\0")]
    [InlineData("\u202Eproblem\u202C")]
    [InlineData("\uFFFF\uFFFE")]
    [InlineData("problem\u0301")]
    public void Lint_NeverThrows_OnOddText(string text)
    {
        using var linter = Linter("en", "problem", "No problem");

        var findings = linter.Lint(text, "en");

        Assert.All(findings, f => Assert.True(f.Start >= 0 && f.End <= text.Length));
    }

    [Fact]
    public void Lint_HandlesHugeText()
    {
        using var linter = Linter("ru", "проблема", "Без проблем");
        var text = new StringBuilder().Insert(0, "Без проблем решим проблему. ", 20_000).Append(new string('я', 100_000)).ToString();

        var findings = linter.Lint(text, "ru");

        Assert.Equal(40_000, findings.Count);
    }

    [Fact]
    public void Lint_GivesTheSameAnswers_FromManyThreadsAtOnce()
    {
        using var linter = new PhrasebookLinter(new Dictionary<string, Content.Phrasebook.Phrasebook>
        {
            ["en"] = Book("en", "problem", "No problem"),
            ["ru"] = Book("ru", "проблема"),
            ["cs"] = Book("cs", "problém"),
        });
        var inputs = new[] { ("en", "No problem, the problem is solved."), ("ru", "Проблемы нет, проблему решили."), ("cs", "Problém s problémy.") };
        var expected = inputs.Select(i => Describe(linter.Lint(i.Item2, i.Item1))).ToList();

        var results = new string[600];
        Parallel.For(0, results.Length, n => results[n] = Describe(linter.Lint(inputs[n % 3].Item2, inputs[n % 3].Item1)));

        for (var n = 0; n < results.Length; n++)
        {
            Assert.Equal(expected[n % 3], results[n]);
        }
    }

    [Fact]
    public void Lint_AfterDispose_Throws()
    {
        var linter = Linter("en", "problem");
        linter.Dispose();
        linter.Dispose();

        Assert.Throws<ObjectDisposedException>(() => linter.Lint("problem", "en"));
    }

    private static string Describe(IReadOnlyList<PhraseFinding> findings) => string.Join("|", findings.Select(f => $"{f.Start}:{f.Length}:{f.Avoid}"));
}
