using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Tests.Languages;

/// <summary>
/// An accented word and its unaccented twin are both stemmed; when they stem alike (or a synonym
/// repeats a word) the word is counted once per position, exactly as Lucene's duplicate-removing
/// filter counts it — without its copy of every word.
/// </summary>
public sealed class IndexTwinTests : IDisposable
{
    private readonly IndexAnalysis _analysis = new();

    public void Dispose() => _analysis.Dispose();

    [Theory]
    [InlineData("a b c")]
    [InlineData("a +a b +b +b c")]
    [InlineData("a +b +a +b +c b +a +b")]
    [InlineData("x +y +z +y +x +w y")]
    [InlineData("+a a +a")]
    [InlineData("")]
    public void SamePositionDuplicates_AreDroppedAsLuceneDropsThem(string text)
    {
        // "+word" stands at the position of the word before it.
        using var ourChain = Chain(stream => new SamePositionDuplicateFilter(stream));
        using var lucenesChain = Chain(stream => new RemoveDuplicatesTokenFilter(stream));

        var ours = Read(ourChain, "f", text);
        var lucenes = Read(lucenesChain, "f", text);

        Assert.Equal(lucenes, ours);
    }

    [Theory]
    [InlineData("cs", "Doručení zboží trvá dva dny; zboží doručujeme i o víkendu. Změny objednávky provádíme do odeslání.")]
    [InlineData("lv", "Piegāde ilgst divas darba dienas. Sūtījumi no Rīgas, lietotājiem un administratoriem.")]
    [InlineData("fr", "L’envoi d'informations sur l'expédition est automatique; les éléments arrivés à l'été.")]
    [InlineData("en", "The café's naïve résumé: refunds within five days.")]
    public void TheIndexChain_NeverCountsAWordTwiceAtOnePosition(string language, string text)
    {
        var tokens = Read(_analysis.Stemming(language), SearchFields.Stemmed(SearchFields.Body, language), text);

        Assert.NotEmpty(tokens);
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
    }

    [Fact]
    public void ATwinThatStemsDifferently_IsKept_AndOneThatStemsAlike_IsNot()
    {
        // "změny" stems to "zmen", its twin "zmeny" to "zmn"; "doručení" and "doruceni" both to "dorucn".
        var tokens = Read(_analysis.Stemming("cs"), SearchFields.Stemmed(SearchFields.Body, "cs"), "změny doručení");

        Assert.Equal([("zmen", 0), ("zmn", 0), ("dorucn", 1)], tokens);
    }

    private static Analyzer Chain(Func<TokenStream, TokenStream> deduplicate) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WhitespaceTokenizer(LuceneVersion(), reader);
        return new TokenStreamComponents(tokenizer, deduplicate(new PlusMeansSamePosition(tokenizer)));
    });

    private static Lucene.Net.Util.LuceneVersion LuceneVersion() => Lucene.Net.Util.LuceneVersion.LUCENE_48;

    private static List<(string Term, int Position)> Read(Analyzer analyzer, string field, string text) =>
        [.. TokenReader.Read(analyzer, field, text).Select(token => (token.Term, token.Position))];

    private sealed class PlusMeansSamePosition(TokenStream input) : TokenFilter(input)
    {
        private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
        private readonly IPositionIncrementAttribute _increment = input.AddAttribute<IPositionIncrementAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            if (_term.Length > 1 && _term.Buffer[0] == '+')
            {
                _term.CopyBuffer(_term.Buffer, 1, _term.Length - 1);
                _increment.PositionIncrement = 0;
            }

            return true;
        }
    }
}
