using KnowledgeBase.Content.Translations;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Content.Tests.Translations;

public sealed class StaleSiblingsTests : IDisposable
{
    private const string Check = "- id: q\n  question: How long?\n  answers:\n    - text: Two days\n      correct: true\n    - text: A week\n";

    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string SourceHash()
    {
        var content = ContentFactory.Loader.Load(_folder.Root);
        return SiblingHash.Of(content.Find("articles/en/delivery")!);
    }

    [Fact]
    public void Translation_ReviewedAgainstTheSourcesCurrentText_IsNotOutdated_AndBecomesOutdatedWhenTheSourceTextChanges()
    {
        _folder.Article("articles/en/delivery", "title: Delivery\ntranslation_key: delivery", "Two days.\n");
        _folder.Article("articles/cs/doruceni", $"title: Doručení\ntranslation_key: delivery", "Dva dny.\n");
        var hash = SourceHash();
        _folder.Article("articles/cs/doruceni", $"title: Doručení\ntranslation_key: delivery\nsource_hash: {hash}", "Dva dny.\n");
        Assert.Empty(StaleSiblings.OutdatedTranslations(ContentFactory.Loader.Load(_folder.Root)));

        _folder.Article("articles/en/delivery", "title: Delivery\ntranslation_key: delivery", "Three days.\n");
        var outdated = Assert.Single(StaleSiblings.OutdatedTranslations(ContentFactory.Loader.Load(_folder.Root)));

        Assert.Equal(("articles/cs/doruceni", "articles/en/delivery", hash), (outdated.Translation.Id, outdated.Source.Id, outdated.ReviewedHash));
        Assert.NotEqual(hash, outdated.SourceHash);
    }

    [Fact]
    public void SourceFrontMatterOtherThanTheTitle_DoesNotMakeTranslationsOutdated()
    {
        _folder.Article("articles/en/delivery", "title: Delivery\ntranslation_key: delivery", "Two days.\n");
        var hash = SourceHash();
        _folder.Article("articles/cs/doruceni", $"title: Doručení\ntranslation_key: delivery\nsource_hash: {hash}", "Dva dny.\n");

        _folder.Article("articles/en/delivery", "title: Delivery\ntranslation_key: delivery\nowner: Logistics\ntags: [shipping]", "Two days.\n");

        Assert.Empty(StaleSiblings.OutdatedTranslations(ContentFactory.Loader.Load(_folder.Root)));
    }

    [Fact]
    public void KnowledgeChecks_AreListedForReview_WhenTheirSopChanged_AndKbValidateWarns()
    {
        _folder.Article("articles/en/delivery", "title: Delivery", "Two days.\n");
        _folder.Write("articles/en/delivery.checks.yml", Check);
        var hash = SourceHash();
        _folder.Article("articles/en/delivery", $"title: Delivery\nchecks_hash: {hash}", "Two days.\n");
        Assert.Empty(StaleSiblings.Checks(ContentFactory.Loader.Load(_folder.Root)));

        _folder.Article("articles/en/delivery", $"title: Delivery\nchecks_hash: {hash}", "Three days.\n");
        var content = ContentFactory.Loader.Load(_folder.Root);

        var review = Assert.Single(StaleSiblings.Checks(content));
        Assert.Equal(["q"], review.Checks.Select(c => c.Id));
        var finding = Assert.Single(ContentFactory.Validator.Validate(content).Findings);
        Assert.Equal(("articles/en/delivery.checks.yml", "checks-review", KnowledgeBase.Content.Validation.FindingSeverity.Warning), (finding.Path, finding.Code, finding.Severity));
    }

    [Fact]
    public void KbValidate_WarnsAboutAnOutdatedTranslation_NamingItsSourceAndTheHashToRecord()
    {
        _folder.Article("articles/en/delivery", "title: Delivery\ntranslation_key: delivery", "Two days.\n");
        _folder.Article("articles/fr/livraison", "title: Livraison\ntranslation_key: delivery\nsource_hash: 000000000000", "Deux jours.\n");

        var finding = Assert.Single(ContentFactory.Validate(_folder.Root).Findings);

        Assert.Equal(("articles/fr/livraison.md", "translation-outdated"), (finding.Path, finding.Code));
        Assert.Contains($"articles/en/delivery changed since this translation was reviewed", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"source_hash: {SourceHash()}", finding.Message, StringComparison.Ordinal);
    }
}
