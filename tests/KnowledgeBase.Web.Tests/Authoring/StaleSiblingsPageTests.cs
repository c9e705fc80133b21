using KnowledgeBase.Content.Translations;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages.Authoring;

namespace KnowledgeBase.Web.Tests.Authoring;

/// <summary>An SOP's changed text flags its translations and knowledge checks until a lead reviews them.</summary>
public sealed class StaleSiblingsPageTests : WebTestContext
{
    private const string Source = "articles/en/delivery";
    private const string Czech = "articles/cs/doruceni";
    private const string Check = "- id: q\n  question: How long does standard delivery take?\n  answers:\n    - text: Two days\n      correct: true\n    - text: A week\n";

    protected override void Write(TempContentFolder content)
    {
        content.Article(Source, "title: Delivery\ntranslation_key: delivery\nchecks_hash: 000000000000", "Three days now.\n");
        content.Write(Source + ".checks.yml", Check);
        // Reviewed against an older English text.
        content.Article(Czech, "title: Doručení\ntranslation_key: delivery\nsource_hash: 000000000000", "Dva dny.\n");
    }

    private string Disk(string id) => File.ReadAllText(Path.Combine(Content.Root, id + ".md"));

    [Fact]
    public void Reviews_ListsTheOutdatedTranslation_AndTheChecks_AndMarkingThemReviewedRecordsTheSourceHash()
    {
        SignIn("lead", KnowledgeBase.Storage.Accounts.UserRole.Lead);
        var hash = SiblingHash.Of(Library.Current.Find(Source)!);
        var page = Render<ReviewsPage>();

        Assert.Equal("Doručení", page.Find(".translation-item > a").TextContent);
        Assert.Equal("How long does standard delivery take?", page.Find(".checks-item .checks-questions li").TextContent);

        page.Find(".translation-item button").Click();
        page.Find(".checks-item button").Click();
        Apply(Czech + ".md", Source + ".md");

        Assert.Contains($"source_hash: {hash}\n", Disk(Czech), StringComparison.Ordinal);
        Assert.Contains($"checks_hash: {hash}\n", Disk(Source), StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#translations-empty")));
        Assert.NotNull(page.Find("#checks-empty"));
    }

    [Fact]
    public void SavingTheTranslationInTheEditor_CountsAsReviewed()
    {
        SignIn("lena", KnowledgeBase.Storage.Accounts.UserRole.Lead);
        Authorization.SetPolicies("Lead");
        var hash = SiblingHash.Of(Library.Current.Find(Source)!);
        var page = Render<EditPage>(parameters => parameters.Add(p => p.Id, Czech));

        EditorTyping.ReplaceBody(page, "Tři dny.\n");
        page.Find("form").Submit();

        Assert.Equal($"---\ntitle: Doručení\ntranslation_key: delivery\nsource_hash: {hash}\n---\nTři dny.\n", Disk(Czech));
    }
}
