using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Search.Phrasebook;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Search.Tests.Phrasebook;

public sealed class ShippedPhrasebookTests : IDisposable
{
    private readonly LanguageFiles _files = new ContentLoader(new DocumentParser(new MarkdownRenderer())).LoadLanguageFiles(RepositoryPaths.Content);
    private readonly PhrasebookLinter _linter;

    public ShippedPhrasebookTests() => _linter = new PhrasebookLinter(_files.Phrasebooks);

    public void Dispose() => _linter.Dispose();

    [Fact]
    public void EveryPrimaryLanguage_HasARealPhrasebook_ThatLoadsCleanly()
    {
        Assert.DoesNotContain(_files.Findings, f => f.Path.StartsWith("phrasebook/", StringComparison.Ordinal));
        foreach (var language in Content.Model.Languages.Primary)
        {
            var book = _files.Phrasebooks[language];
            Assert.True(book.Entries.Count >= 8, $"{language} has only {book.Entries.Count} entries");
            Assert.All(book.Entries, e => Assert.NotEmpty(e.Prefer));
            Assert.All(book.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Note), $"{language}: '{e.Avoid}' has no note"));
        }
    }

    [Theory]
    [InlineData("en", "Unfortunately, no problem: the problem will be fixed as soon as possible.",
        "Unfortunately|No problem|problem|as soon as possible")]
    [InlineData("cs", "Bohužel máme problémy. Žádný problém, vyřešíme to co nejdříve.",
        "Bohužel|problém|Žádný problém|co nejdříve")]
    [InlineData("lv", "Diemžēl radās problēmas. Nav problēmu, atrisināsim pēc iespējas ātrāk.",
        "Diemžēl|problēma|Nav problēmu|pēc iespējas ātrāk")]
    [InlineData("fr", "Malheureusement, il y a un problème. Pas de problème, nous le réglons dès que possible.",
        "Malheureusement|problème|Pas de problème|dès que possible")]
    [InlineData("ru", "К сожалению, возникли проблемы. Без проблем, решим как можно скорее.",
        "К сожалению|проблема|Без проблем|как можно скорее")]
    public void ShippedPhrasebook_CatchesTheClassicsInItsLanguage(string language, string text, string avoided)
    {
        var findings = _linter.Lint(text, language);

        Assert.Equal(avoided.Split('|'), findings.Select(f => f.Avoid));
    }

    [Theory]
    [InlineData("en", "Unfortunately", "At the moment")]
    [InlineData("en", "No problem", "Always happy to help")]
    [InlineData("en", "problem", "difficulty")]
    [InlineData("cs", "Bohužel", "V tuto chvíli")]
    [InlineData("cs", "Žádný problém", "Rádi pomůžeme")]
    [InlineData("cs", "problém", "potíž")]
    [InlineData("lv", "Diemžēl", "Šobrīd")]
    [InlineData("lv", "Nav problēmu", "Vienmēr prieks palīdzēt")]
    [InlineData("lv", "problēma", "sarežģījums")]
    [InlineData("fr", "Malheureusement", "Pour le moment")]
    [InlineData("fr", "Pas de problème", "Avec plaisir")]
    [InlineData("fr", "problème", "difficulté")]
    [InlineData("ru", "К сожалению", "На данный момент")]
    [InlineData("ru", "Без проблем", "Всегда рады помочь")]
    [InlineData("ru", "проблема", "сложность")]
    public void ShippedPhrasebook_SuggestsTheAgreedAlternative(string language, string avoid, string firstChoice)
    {
        var entry = Assert.Single(_files.Phrasebooks[language].Entries, e => e.Avoid == avoid);

        Assert.Equal(firstChoice, entry.Prefer[0]);
    }
}
