namespace KnowledgeBase.Search.Tests.Languages;

/// <summary>
/// Words typed without diacritics, and without the elided article, still meet their stems: Czech and
/// Latvian stemmers read suffixes with their accents, French glues articles to words.
/// </summary>
public sealed class UnaccentedStemTests : IDisposable
{
    private readonly IndexedContent _index = new();

    public UnaccentedStemTests()
    {
        _index.Content.Article("articles/lv/lietotaji", "title: Konti", "## Tiesības\n\nAdministrators piešķir tiesības visiem lietotājiem.\n");
        _index.Content.Article("articles/cs/zmeny", "title: Objednávky", "## Úpravy\n\nZměny objednávky provádíme do odeslání.\n");
        _index.Content.Article("articles/fr/envoi", "title: Expédition", "## Suivi\n\nL’envoi d'informations sur l'expédition est automatique.\n");
        _index.Content.Article("articles/fr/autre", "title: Autre", "## Divers\n\nIl était une fois une même histoire.\n");
        _index.Open();
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("lietotajam", "articles/lv/lietotaji")]
    [InlineData("zmena objednavky", "articles/cs/zmeny")]
    public void AnotherFormTypedWithoutDiacritics_FindsTheWord(string query, string expected) =>
        Assert.Equal(expected, _index.Ids(query + " ")[0]);

    [Theory]
    [InlineData("cs", "změny", "zmeny")]
    [InlineData("cs", "později", "pozdeji")]
    [InlineData("lv", "lietotājiem", "lietotajiem")]
    [InlineData("fr", "éléments", "elements")]
    public void TheIndex_HoldsTheStemOfAnAccentedWord_AsTypedWithoutAccents(string language, string written, string typed)
    {
        using var index = new KnowledgeBase.Search.Analysis.IndexAnalysis();
        var query = new KnowledgeBase.Search.Analysis.QueryAnalysis(index, KnowledgeBase.Search.Analysis.SynonymSet.Empty);

        var indexed = KnowledgeBase.Search.Analysis.TokenReader.Read(index.Stemming(language), "body_" + language, written).Select(t => t.Term);
        var searched = KnowledgeBase.Search.Analysis.TokenReader.Read(query.StemmedWords(language), "body_" + language, typed).Single().Term;

        Assert.Contains(searched, indexed);
    }

    [Theory]
    [InlineData("envoi informations")]
    [InlineData("evnoi ")]
    public void ElidedArticles_AreNotPartOfTheWord(string query)
    {
        var response = _index.Search(query);

        Assert.Equal("articles/fr/envoi", response.Results[0].Id);
    }

    [Theory]
    [InlineData("etait", "fr")]
    [InlineData("meme", "fr")]
    [InlineData("pri", "cs")]
    [InlineData("tomer", "lv")]
    public void StopWords_TypedWithoutAccents_AreStillStopWords(string word, string language)
    {
        using var analysis = new KnowledgeBase.Search.Analysis.IndexAnalysis();

        Assert.True(analysis.IsStopWord(word, [language]));
    }
}
