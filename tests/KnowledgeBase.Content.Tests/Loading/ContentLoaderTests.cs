using KnowledgeBase.Content.Validation;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Loading;

public sealed class ContentLoaderTests : IDisposable
{
    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void OneBrokenFile_IsAFinding_AndTheOthersStillLoad()
    {
        _folder.Article("articles/en/good-one", "title: Good one");
        _folder.Write("articles/en/broken.md", "---\ntitle: Broken\ntags: [a, b\n---\nBody\n");
        _folder.Article("articles/en/good-two", "title: Good two");
        _folder.WriteBytes("articles/en/latin1.md", [.. "---\ntitle: Caf"u8.ToArray(), 0xE9, .. "\n---\n"u8.ToArray()]);

        var content = ContentFactory.Loader.Load(_folder.Root);

        Assert.Equal(["articles/en/good-one", "articles/en/good-two", "articles/en/latin1"], content.Documents.Select(d => d.Id));
        Assert.Contains(content.Findings, f => f.Path == "articles/en/broken.md" && f.Line == 3 && f.Severity == FindingSeverity.Error);
        Assert.Contains(content.Findings, f => f.Path == "articles/en/latin1.md" && f.Code == "encoding");
    }

    [Fact]
    public void WithFile_ReplacesOneDocumentAndItsFindings_KeepingEverythingElse()
    {
        _folder.Article("articles/en/a", "title: A");
        _folder.Write("articles/en/b.md", "---\ntitle: B\ntags: [x\n---\n");
        var content = ContentFactory.Loader.Load(_folder.Root);
        var edited = ContentFactory.Loader.Load(_folder.Root).Find("articles/en/a")! with { Title = "A, edited" };

        var substituted = content.WithFile("articles/en/b.md", edited with { RelativePath = "articles/en/b.md", Id = "articles/en/b" }, []);

        Assert.Equal(["articles/en/a", "articles/en/b"], substituted.Documents.Select(d => d.Id));
        Assert.Equal("A, edited", substituted.Find("articles/en/b")!.Title);
        Assert.DoesNotContain(substituted.Findings, f => f.Path == "articles/en/b.md");
        Assert.Same(content.Onboarding, substituted.Onboarding);
        Assert.Same(content.Phrasebooks, substituted.Phrasebooks);
        Assert.DoesNotContain(content.WithFile("articles/en/a.md", null, []).Documents, d => d.Id == "articles/en/a");
    }

    [Fact]
    public void HiddenFoldersAndNonContentFiles_AreIgnored()
    {
        _folder.Article("articles/en/a", "title: A");
        _folder.Article(".git/articles/en/b", "title: B");
        _folder.Write("README.md", "# About this folder\n");
        _folder.Write("articles/en/image.png", "not markdown");

        var content = ContentFactory.Loader.Load(_folder.Root);

        Assert.Equal(["articles/en/a"], content.Documents.Select(d => d.Id));
        Assert.Empty(content.Findings);
    }

    [Fact]
    public void PhrasebooksAndSynonyms_AreReadPerLanguage()
    {
        _folder.Article("articles/en/a", "title: A");
        _folder.Write("phrasebook/en.yml", "- avoid: Unfortunately\n  prefer: [At the moment]\n  note: Lead with what we can do.\n- avoid: No problem\n  prefer: Always happy to help\n");
        _folder.Write("phrasebook/xx.yml", "- avoid: x\n  prefer: [y]\n");
        _folder.Write("synonyms/en.txt", "parcel, package\n");

        var content = ContentFactory.Loader.Load(_folder.Root);

        var book = content.Phrasebooks["en"];
        Assert.Equal(["Unfortunately", "No problem"], book.Entries.Select(e => e.Avoid));
        Assert.Equal(["Always happy to help"], book.Entries[1].Prefer);
        Assert.Equal("Lead with what we can do.", book.Entries[0].Note);
        Assert.Equal("parcel, package\n", content.Synonyms["en"]);
        Assert.Contains(content.Findings, f => f.Path == "phrasebook/xx.yml");
    }

    [Fact]
    public void MalformedPhrasebook_IsAFindingOnItsLine()
    {
        _folder.Write("phrasebook/en.yml", "- avoid: A\n  prefer: [B\n- avoid: C\n");

        var content = ContentFactory.Loader.Load(_folder.Root);

        Assert.Contains(content.Findings, f => f.Path == "phrasebook/en.yml" && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void MissingFolder_IsAClearError()
    {
        var missing = Path.Combine(_folder.Root, "nope");

        var error = Assert.Throws<DirectoryNotFoundException>(() => ContentFactory.Loader.Load(missing));
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translations_AreLinkedByTranslationKey()
    {
        _folder.Article("articles/en/delivery", "title: Delivery\ntranslation_key: delivery-times");
        _folder.Article("articles/ru/dostavka", "title: Доставка\ntranslation_key: Delivery-Times");
        _folder.Article("articles/cs/jine", "title: Jiné");

        var content = ContentFactory.Loader.Load(_folder.Root);

        var english = content.Articles.Single(a => a.Language == "en");
        Assert.Equal(["articles/ru/dostavka"], content.TranslationsOf(english).Select(a => a.Id));
    }
}
