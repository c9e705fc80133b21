using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Querying;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Search.Tests.Indexing;

public sealed class IndexLifecycleTests : IDisposable
{
    private readonly IndexedContent _index = new();

    public IndexLifecycleTests()
    {
        _index.Content.Article("articles/en/alpha", "title: Alpha kettles", "## One\n\nKettles boil water.\n");
        _index.Content.Article("articles/en/beta", "title: Beta blenders", "## Two\n\nBlenders mix soup.\n");
        _index.Open();
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void SecondSync_WithNoChanges_ChangesNothing()
    {
        var result = _index.Sync();

        Assert.Equal((0, 0, 0, 2), (result.Added, result.Updated, result.Removed, result.Unchanged));
    }

    [Fact]
    public void ChangesMadeWhileStopped_AreFoundAtTheNextStart()
    {
        _index.Index!.Dispose();
        _index.Content.Article("articles/en/gamma", "title: Gamma toasters", "## Three\n\nToasters brown bread.\n");
        _index.Content.Article("articles/en/alpha", "title: Alpha kettles", "## One\n\nKettles whistle loudly.\n");
        File.Delete(Path.Combine(_index.Content.Root, "articles/en/beta.md"));

        _index.Open();

        Assert.Equal(["articles/en/gamma"], _index.Ids("toasters"));
        Assert.Equal(["articles/en/alpha"], _index.Ids("whistle"));
        Assert.Empty(_index.Ids("boil"));
        Assert.Empty(_index.Ids("blenders"));
        Assert.Equal(2, _index.Index!.Status.Documents);
    }

    [Fact]
    public void AddChangeDeleteAndRename_AreAppliedIncrementally()
    {
        var index = _index.Index!;
        _index.Content.Article("articles/en/gamma", "title: Gamma toasters");
        File.Move(Path.Combine(_index.Content.Root, "articles/en/beta.md"), Path.Combine(_index.Content.Root, "articles/en/blenders.md"));

        var result = _index.Sync();

        Assert.Equal((2, 0, 1), (result.Added, result.Updated, result.Removed));
        Assert.Equal(["articles/en/blenders"], _index.Ids("blenders"));
        Assert.Equal(["articles/en/gamma"], _index.Ids("toasters"));
        Assert.Same(index, _index.Index);
    }

    [Fact]
    public void MalformedFile_IsSkipped_AndTheOthersAreIndexed()
    {
        _index.Content.Write("articles/en/broken.md", "---\ntitle: [unclosed\n---\nToasters\n");
        _index.Content.Article("articles/en/gamma", "title: Gamma toasters");

        _index.Sync();

        Assert.Equal(["articles/en/gamma"], _index.Ids("toasters"));
        Assert.Equal(3, _index.Index!.Status.Documents);
    }

    [Fact]
    public void CorruptIndex_IsRebuiltFromContent()
    {
        _index.Index!.Dispose();
        foreach (var file in Directory.GetFiles(_index.IndexPath))
        {
            File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        }

        _index.Open();

        Assert.Equal(["articles/en/alpha"], _index.Ids("kettles"));
        Assert.Equal(2, _index.Index!.Status.Documents);
    }

    [Fact]
    public void MissingIndexFiles_AreRebuiltFromContent()
    {
        _index.Index!.Dispose();
        foreach (var file in Directory.GetFiles(_index.IndexPath).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }

        _index.Open();

        Assert.Equal(["articles/en/beta"], _index.Ids("blenders"));
    }

    [Fact]
    public void IndexBuiltForAnotherContentFolder_IsRebuilt()
    {
        _index.Index!.Dispose();
        using var other = new TempContentFolder();
        other.Article("articles/en/other", "title: Other toasters");

        using (var foreign = new SearchIndex(_index.IndexPath, other.Root))
        {
            foreign.Synchronize(new Content.Loading.ContentLoader(new Content.Loading.DocumentParser(new Content.Markdown.MarkdownRenderer())).Load(other.Root));
            Assert.Empty(foreign.Search(new SearchRequest("kettles")).Results);
        }

        _index.Open();

        Assert.Equal(["articles/en/alpha"], _index.Ids("kettles"));
        Assert.Empty(_index.Ids("toasters"));
    }

    [Fact]
    public void SecondProcess_OpensTheIndexReadOnly_AndCanSearch()
    {
        using var second = new SearchIndex(_index.IndexPath, _index.Content.Root);

        Assert.True(second.IsReadOnly);
        Assert.Equal(IndexState.ReadOnly, second.Status.State);
        Assert.Equal(["articles/en/alpha"], second.Search(new SearchRequest("kettles")).Results.Select(r => r.Id));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("\"unbalanced quote")]
    [InlineData("AND OR NOT")]
    [InlineData("kettles AND")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("((")]
    [InlineData(")")]
    [InlineData("title:kettles")]
    [InlineData("kettle~2")]
    [InlineData("kettle^10")]
    [InlineData("\\")]
    [InlineData("C:\\Windows\\")]
    [InlineData("[1 TO 5]")]
    [InlineData("{!lucene}")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData("&&||!")]
    [InlineData("🙂🙂 kettles 🚀")]
    [InlineData("\u0000\u0001\u001f")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("' OR 1=1 --")]
    [InlineData("a")]
    [InlineData("ab")]
    [InlineData("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")]
    public void AnyText_GivesResultsOrNothing_NeverAnException(string query)
    {
        var response = _index.Index!.Search(new SearchRequest(query));

        Assert.NotNull(response.Results);
        Assert.True(response.Total >= response.Results.Count);
    }

    [Fact]
    public void VeryLongText_IsCutAndStillSearches()
    {
        var query = "kettles " + string.Concat(Enumerable.Repeat("lorem ipsum dolor ", 600));

        var response = _index.Index!.Search(new SearchRequest(query[..10_000]));

        Assert.Equal("articles/en/alpha", response.Results[0].Id);
    }

    [Fact]
    public void ManyWildcardLikeWords_AreCut_AndTheWordsKeptStillSearch()
    {
        // Bounded, not failed: an exception caught on the way would give no result at all.
        var query = "kettles " + string.Join(' ', Enumerable.Range(0, 100).Select(i => $"k{i}*"));

        var response = _index.Index!.Search(new SearchRequest(query));

        Assert.Equal("articles/en/alpha", Assert.Single(response.Results).Id);
    }

    [Fact]
    public void NullQuery_IsAnEmptyResponse()
    {
        var response = _index.Index!.Search(new SearchRequest(null));

        Assert.Empty(response.Results);
        Assert.Equal(0, response.Total);
    }
}
