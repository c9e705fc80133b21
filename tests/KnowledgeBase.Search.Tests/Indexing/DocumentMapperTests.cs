using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using KnowledgeBase.TestSupport;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace KnowledgeBase.Search.Tests.Indexing;

/// <summary>
/// Texts are analysed once per document and their words replayed into every field that holds them;
/// the index must hold exactly what the fields' analyzer makes of the texts themselves.
/// </summary>
public sealed class DocumentMapperTests : IDisposable
{
    private readonly TempContentFolder _content = new();
    private readonly IndexAnalysis _analysis = new();

    public void Dispose()
    {
        _analysis.Dispose();
        _content.Dispose();
    }

    [Theory]
    [InlineData("cs", "title: Doručení a vrácení zboží\naliases: [kdy přijde balík, a to je vše]",
        "Úvod o doručení, který se má zobrazit.\n\n## Doba doručení\n\nZásilky doručujeme do tří dnů a to i o víkendu.\n\n## Vrácení\n\nVrácení zboží je zdarma.\n")]
    [InlineData("fr", "title: L'envoi d'un colis\naliases: [qu'est-ce que l'envoi]",
        "## Délais d'envoi\n\nL’envoi prend deux jours, c'est tout.\n\n## Retour\n\nLe retour est gratuit et il l'est.\n")]
    [InlineData("en", "title: The customer's orders\naliases: [where is it]",
        "Intro text about the orders.\n\n## Refunds for the A-1001 kettle\n\nRefunds are sent within five days to the card.\n")]
    public void EveryTextField_HoldsTheWordsTheAnalyzerMakesOfItsText(string language, string frontMatter, string body)
    {
        var document = Load(language, frontMatter, body);

        var entries = DocumentMapper.Map(document, _analysis.Index);

        var whole = entries[^1];
        var aliases = ((Article)document).Aliases;
        var head = DocumentMapper.HeadText(document);
        var allText = string.Join("\n\n", document.Sections.Select(s => $"{s.Heading}\n{s.Text}")
            .Prepend(head).Prepend(string.Join("\n", aliases)).Prepend(document.Title));
        foreach (var field in new[] { SearchFields.Folded(SearchFields.All), SearchFields.Stemmed(SearchFields.All, language) })
        {
            // Frequencies only: the same words, and the same count of words at one position (which length discounts).
            var expected = Tokens(field, allText);
            var actual = Tokens(Field(whole, field));
            Assert.Equal(expected.Select(t => t.Term), actual.Select(t => t.Term));
            Assert.Equal(expected.Count(t => t.Increment == 0), actual.Count(t => t.Increment == 0));
        }

        Assert.Equal(Tokens(SearchFields.Stemmed(SearchFields.Title, language), document.Title), Tokens(Field(whole, SearchFields.Stemmed(SearchFields.Title, language))));
        var sections = entries.Skip(1).Take(entries.Count - 2).ToList();
        Assert.NotEmpty(sections);
        foreach (var entry in sections)
        {
            var section = document.Sections[EntryPlacement.SectionIndex(entry.GetField(SearchFields.Placement).GetInt64Value()!.Value)];
            foreach (var field in new[] { SearchFields.Folded(SearchFields.Body), SearchFields.Stemmed(SearchFields.Body, language) })
            {
                Assert.Equal(Tokens(field, section.Text), Tokens(Field(entry, field)));
            }

            Assert.Equal(Tokens(SearchFields.Folded(SearchFields.Heading), section.Heading), Tokens(Field(entry, SearchFields.Folded(SearchFields.Heading))));
        }

        if (!string.IsNullOrWhiteSpace(head))
        {
            Assert.Equal(Tokens(SearchFields.Stemmed(SearchFields.Body, language), head), Tokens(Field(entries[0], SearchFields.Stemmed(SearchFields.Body, language))));
        }
    }

    [Fact]
    public void TokensReusedForTheNextDocument_GiveEachDocumentExactlyItsOwnWords()
    {
        _content.Article("articles/cs/doruceni", "title: Doručení zboží\naliases: [kdy přijde balík]", "Úvod.\n\n## Doba doručení\n\nZásilky doručujeme do tří dnů, a to i o víkendu, zboží i dárky.\n");
        _content.Article("articles/fr/envoi", "title: L'envoi", "## Délais\n\nL’envoi prend deux jours.\n\n## Retour\n\nGratuit.\n");
        var documents = new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(_content.Root).Documents.OrderBy(d => d.Id).ToList();
        var reused = new DocumentTokens(_analysis.Index);

        // As the index writer does: each document's entries are consumed before the next is mapped.
        var first = AllTokens(DocumentMapper.Map(documents[0], reused));
        var second = AllTokens(DocumentMapper.Map(documents[1], reused));

        Assert.Equal(AllTokens(DocumentMapper.Map(documents[0], _analysis.Index)), first);
        Assert.Equal(AllTokens(DocumentMapper.Map(documents[1], _analysis.Index)), second);
    }

    private List<string> AllTokens(List<Document> entries) =>
        [.. entries.SelectMany((entry, i) => entry.Fields.OfType<Field>().Where(f => f.IndexableFieldType.IsTokenized && f.GetTokenStreamValue() is not null)
            .SelectMany(f => Tokens(f).Select(t => $"{i}:{f.Name}:{t.Term}:{t.Increment}")))];

    private ContentDocument Load(string language, string frontMatter, string body)
    {
        _content.Article($"articles/{language}/sample", frontMatter, body);
        return new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(_content.Root).Documents.Single();
    }

    private static Field Field(Document entry, string name) => Assert.IsType<Field>(entry.GetField(name));

    private List<(string Term, int Increment)> Tokens(string field, string text) => Read(_analysis.Index.GetTokenStream(field, text));

    private List<(string Term, int Increment)> Tokens(Field field) => Read(field.GetTokenStream(_analysis.Index));

    private static List<(string Term, int Increment)> Read(TokenStream stream)
    {
        var tokens = new List<(string, int)>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement));
        }

        stream.End();
        tokens.Add(("(end)", increment.PositionIncrement));
        stream.Dispose();
        return tokens;
    }
}
