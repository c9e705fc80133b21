namespace KnowledgeBase.Search.Tests.Languages;

/// <summary>Word forms and diacritics in each language: inflected, unaccented and exact queries find their SOP.</summary>
public sealed class LanguageTests : IDisposable
{
    private readonly IndexedContent _index = new();

    public LanguageTests()
    {
        var content = _index.Content;
        content.Article("articles/en/escalation", "title: Escalation process", "## Levels\n\nThe supervisor takes over escalated calls and refunded orders.\n");
        content.Article("articles/cs/doruceni", "title: Doba doručení", "## Odkud objednávky odesíláme\n\nZásilky odesíláme z Brna. Doručení trvá dva dny.\n");
        content.Article("articles/lv/piegade", "title: Piegādes laiks", "## Standarta piegāde\n\nPiegāde ilgst divas darba dienas. Sūtījumi no Rīgas.\n");
        content.Article("articles/fr/livraison", "title: Délais de livraison", "## Livraison express\n\nLes colis perdus sont remboursés. Le délai dépend du pays.\n");
        content.Article("articles/ru/dostavka", "title: Сроки доставки", "## Комиссия за возврат\n\nПовреждённая посылка возвращается. Доставка занимает два дня.\n");
        _index.Open();
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("escalating", "articles/en/escalation")]
    [InlineData("escalations", "articles/en/escalation")]
    [InlineData("refund", "articles/en/escalation")]
    [InlineData("supervisors", "articles/en/escalation")]
    public void English_InflectedForms(string query, string expected) => Assert.Equal(expected, _index.Ids(query + " ")[0]);

    [Theory]
    [InlineData("doručením")]
    [InlineData("doba doručení")]
    [InlineData("doba doruceni")]
    [InlineData("DOBA DORUCENI")]
    [InlineData("zasilky")]
    [InlineData("zásilka")]
    public void Czech_InflectedAndUnaccented(string query) => Assert.Equal("articles/cs/doruceni", _index.Ids(query + " ")[0]);

    [Theory]
    [InlineData("piegādei")]
    [InlineData("piegades laiks")]
    [InlineData("sutijumi")]
    [InlineData("Piegādes laiku")]
    public void Latvian_InflectedAndUnaccented(string query) => Assert.Equal("articles/lv/piegade", _index.Ids(query + " ")[0]);

    [Theory]
    [InlineData("délai de livraison")]
    [InlineData("delais de livraison")]
    [InlineData("colis perdu")]
    [InlineData("rembourse")]
    public void French_InflectedAndUnaccented(string query) => Assert.Equal("articles/fr/livraison", _index.Ids(query + " ")[0]);

    [Theory]
    [InlineData("сроков доставки")]
    [InlineData("срок доставки")]
    [InlineData("комиссии за возврат")]
    [InlineData("поврежденная посылка")]
    [InlineData("посылку")]
    public void Russian_InflectedAndYoFolded(string query) => Assert.Equal("articles/ru/dostavka", _index.Ids(query + " ")[0]);

    [Fact]
    public void Anchors_KeepTheirOwnScript()
    {
        var hit = _index.Search("комиссия за возврат").Results[0];

        Assert.Equal("комиссия-за-возврат", hit.Section);
    }

    [Fact]
    public void QueryWithALanguage_IsAnalysedAsThatLanguageOnly()
    {
        Assert.Equal(["articles/ru/dostavka"], _index.Ids("доставки", "ru"));
        Assert.Empty(_index.Ids("доставки", "cs"));
    }
}
