using System.Collections.Concurrent;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Library;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Search.Phrasebook;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Search.Tests.Phrasebook;

/// <summary>The service the running app lints with: a real library over a temp content folder.</summary>
public sealed class PhrasebookServiceTests : IDisposable
{
    private const string English = "- avoid: Unfortunately\n  prefer: [At the moment]\n  note: Lead with what we can do.\n";

    private readonly TempContentFolder _folder = new();
    private readonly ContentLibrary _library;
    private readonly PhrasebookService _service;

    public PhrasebookServiceTests()
    {
        _folder.Article("articles/en/a", "title: A");
        _folder.Write("phrasebook/en.yml", English);
        _folder.Write("phrasebook/ru.yml", "- avoid: проблема\n  prefer: [сложность]\n");
        _library = new ContentLibrary(new ContentLoader(new DocumentParser(new MarkdownRenderer())), new KnowledgeBasePaths(_folder.Root, Path.Combine(_folder.Root, ".data")));
        _library.Load();
        _service = new PhrasebookService(_library);
    }

    public void Dispose()
    {
        _service.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void Lint_FindsTheLibrarysAvoidedPhrases()
    {
        var finding = Assert.Single(_service.Lint("Unfortunately, it is late.", "en"));

        Assert.Equal((0, 13, "Unfortunately"), (finding.Start, finding.Length, finding.Found));
        Assert.Equal(["At the moment"], finding.Prefer);
        Assert.Equal("Lead with what we can do.", finding.Note);
    }

    [Fact]
    public void Lint_FindsInflectedRussianForms()
    {
        var finding = Assert.Single(_service.Lint("У нас нет проблем.", "ru"));

        Assert.Equal("проблем", finding.Found);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("xx")]
    [InlineData("")]
    public void Lint_FindsNothing_ForALanguageWithoutAPhrasebook(string language)
    {
        Assert.Empty(_service.Lint("Unfortunately, it is late.", language));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("\u0000\uD800 {{ unfinished")]
    public void Lint_AcceptsAnyText(string text)
    {
        Assert.Empty(_service.Lint(text, "en"));
    }

    [Fact]
    public void Lint_FollowsAnEditedPhrasebook_OnceTheLibraryAppliesIt()
    {
        Assert.Single(_service.Lint("Unfortunately, no problem.", "en"));

        _folder.Write("phrasebook/en.yml", English + "- avoid: No problem\n  prefer: [Of course]\n");
        _library.Apply(["phrasebook/en.yml"]);

        var findings = _service.Lint("Unfortunately, no problem.", "en");
        Assert.Equal(["Unfortunately", "no problem"], findings.Select(f => f.Found));
        Assert.Equal(["Of course"], findings[1].Prefer);
    }

    [Fact]
    public void Lint_FindsNothing_OnceThePhrasebookIsDeleted()
    {
        File.Delete(Path.Combine(_folder.Root, "phrasebook", "en.yml"));
        _library.Apply(["phrasebook/en.yml"]);

        Assert.Empty(_service.Lint("Unfortunately, it is late.", "en"));
        Assert.Single(_service.Lint("Это проблема.", "ru"));
    }

    [Fact]
    public void Lint_FindsPhrasesOfAPhrasebookAddedLater()
    {
        Assert.Empty(_service.Lint("Malheureusement, non.", "fr"));

        _folder.Write("phrasebook/fr.yml", "- avoid: Malheureusement\n  prefer: [Pour le moment]\n");
        _library.Apply(["phrasebook/fr.yml"]);

        Assert.Equal("Malheureusement", Assert.Single(_service.Lint("Malheureusement, non.", "fr")).Found);
    }

    [Fact]
    public void Lint_FindsNothing_BeforeTheLibraryHasLoaded_AndFindsPhrasesAfter()
    {
        var library = new ContentLibrary(new ContentLoader(new DocumentParser(new MarkdownRenderer())), new KnowledgeBasePaths(_folder.Root, Path.Combine(_folder.Root, ".data")));
        using var service = new PhrasebookService(library);

        Assert.Empty(service.Lint("Unfortunately.", "en"));
        library.Load();
        Assert.Single(service.Lint("Unfortunately.", "en"));
    }

    [Fact]
    public void Lint_KeepsItsLinter_WhenOnlyADocumentChanged()
    {
        _service.Lint("Unfortunately.", "en");
        var before = _service.CurrentLinter;

        _folder.Article("articles/en/a", "title: A changed");
        _library.Apply(["articles/en/a.md"]);
        _service.Lint("Unfortunately.", "en");

        Assert.Same(before, _service.CurrentLinter);
    }

    [Fact]
    public async Task Lint_GivesConsistentAnswers_WhileThePhrasebookChangesUnderConcurrentCallers()
    {
        const string text = "Unfortunately, no problem.";
        var edited = English + "- avoid: No problem\n  prefer: [Of course]\n";

        // One editor flips the phrasebook between two versions while circuits keep linting: every
        // answer must be one of the two versions' answers, and no call may meet a disposed linter.
        var editor = Task.Run(() =>
        {
            for (var i = 0; i < 30; i++)
            {
                _folder.Write("phrasebook/en.yml", i % 2 == 0 ? edited : English);
                _library.Apply(["phrasebook/en.yml"]);
            }
        });
        var answers = new ConcurrentBag<int>();
        Parallel.For(0, Environment.ProcessorCount + 2, _ =>
        {
            do
            {
                answers.Add(_service.Lint(text, "en").Count);
            }
            while (!editor.IsCompleted);
        });
        await editor;

        Assert.All(answers, count => Assert.InRange(count, 1, 2));
        Assert.Single(_service.Lint(text, "en")); // the last edit put the shorter version back
    }

    [Fact]
    public void Lint_Throws_OnceTheServiceIsDisposed()
    {
        _service.Lint("Unfortunately.", "en");

        _service.Dispose();

        Assert.Throws<ObjectDisposedException>(() => _service.Lint("Unfortunately.", "en"));
    }

    [Fact]
    public void AddKnowledgeBaseSearch_RegistersTheServiceAsASingleton()
    {
        var services = new ServiceCollection().AddKnowledgeBaseSearch();

        var registration = Assert.Single(services, d => d.ServiceType == typeof(IPhrasebookService));

        Assert.Equal(ServiceLifetime.Singleton, registration.Lifetime);
        Assert.Equal(typeof(PhrasebookService), registration.ImplementationType);
    }
}
