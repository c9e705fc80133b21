using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Tests.Loading;

public sealed class ContentLayoutTests
{
    [Theory]
    [InlineData("articles/en/shipping/delivery-times.md", "articles/en/shipping/delivery-times", DocumentKind.Article, "en")]
    [InlineData("articles/cs/doba-doruceni.md", "articles/cs/doba-doruceni", DocumentKind.Article, "cs")]
    [InlineData("templates/ru/sroki-dostavki.md", "templates/ru/sroki-dostavki", DocumentKind.Template, "ru")]
    [InlineData("templates\\lv\\a\\b.MD", "templates/lv/a/b", DocumentKind.Template, "lv")]
    public void Id_IsThePathWithoutExtension_AndKindAndLanguageComeFromFolders(string path, string id, DocumentKind kind, string language)
    {
        var location = ContentLayout.Locate(path, conventional: true, out var finding);

        Assert.Null(finding);
        Assert.Equal(new DocumentLocation(id, path.Replace('\\', '/'), kind, language), location);
    }

    [Fact]
    public void UnknownLanguageFolder_IsAnError()
    {
        var location = ContentLayout.Locate("articles/xx/a.md", conventional: true, out var finding);

        Assert.Null(location);
        Assert.Contains("unknown language folder 'xx'", finding!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleOutsideALanguageFolder_IsAnError()
    {
        Assert.Null(ContentLayout.Locate("articles/a.md", conventional: true, out var finding));
        Assert.Contains("language folder", finding!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownOutsideArticlesAndTemplates_IsNotContent()
    {
        Assert.Null(ContentLayout.Locate("README.md", conventional: true, out var finding));
        Assert.Null(finding);
    }

    [Theory]
    [InlineData("README.md")]
    [InlineData("ATTRIBUTION.md")]
    public void LenientFolders_SkipUpperCaseFilesAtTheTop(string path)
    {
        Assert.Null(ContentLayout.Locate(path, conventional: false, out var finding));
        Assert.Null(finding);
    }

    [Theory]
    [InlineData("cs-CZ/AlchemyInsights/x.md", "cs")]
    [InlineData("handbook/fr/x.md", "fr")]
    [InlineData("handbook/support/x.md", "en")]
    public void LenientFolders_TakeTheLanguageFromAPathSegment(string path, string language)
    {
        var location = ContentLayout.Locate(path, conventional: false, out _);

        Assert.Equal(DocumentKind.Article, location!.Kind);
        Assert.Equal(language, location.Language);
        Assert.Equal(path[..^3], location.Id);
    }
}
