using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.Search.Validation;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Search.Tests.Phrasebook;

public sealed class PhrasebookRuleTests : IDisposable
{
    private const string English = """
        - avoid: Unfortunately
          prefer: [At the moment, Currently]
        - avoid: No problem
          prefer: [Always happy to help]
        - avoid: problem
          prefer: [difficulty]
        """;

    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AvoidedPhraseInATemplate_IsAWarningOnItsFileLine()
    {
        _folder.Write("phrasebook/en.yml", English);
        _folder.Write("templates/en/late.md", """
            ---
            title: Late parcel
            channels: [chat]
            ---

            Hi {{ customer.first_name }},

            Unfortunately your parcel is late.
            We are sorry for the
            problem.

            ## chat

            No problem, {{ customer.first_name }}!
            """);

        var findings = Check();

        Assert.Equal(
            [
                "templates/en/late.md:8: warning: avoid “Unfortunately” (prefer: At the moment, Currently)",
                "templates/en/late.md:10: warning: avoid “problem” (prefer: difficulty)",
                "templates/en/late.md:14: warning: avoid “No problem” (prefer: Always happy to help)",
            ],
            findings.Select(f => f.ToString()));
        Assert.All(findings, f => Assert.Equal("phrasebook", f.Code));
    }

    [Fact]
    public void LiquidMarkup_IsNotReplyText()
    {
        _folder.Write("phrasebook/en.yml", "- avoid: Unfortunately\n  prefer: Currently\n- avoid: No problem\n  prefer: Of course\n- avoid: customer\n  prefer: client\n");
        _folder.Write("templates/en/liquid.md", """
            ---
            title: Liquid
            ---
            Hello {{ customer.first_name | default: "Unfortunately" }}.
            {% if customer.vip %}All good.{% endif %}
            No {{ order.id }} problem.
            """);

        Assert.Empty(Check());
    }

    [Fact]
    public void InflectedForm_NamesWhatWasFound()
    {
        _folder.Write("phrasebook/ru.yml", "- avoid: проблема\n  prefer: [сложность, вопрос]\n");
        _folder.Write("templates/ru/otvet.md", "---\ntitle: Ответ\n---\nМы решим вашу проблему.\n");

        var finding = Assert.Single(Check());

        Assert.Equal("templates/ru/otvet.md:4: warning: avoid “проблема” (found “проблему”; prefer: сложность, вопрос)", finding.ToString());
    }

    [Fact]
    public void OnlyTheTemplatesOwnLanguage_AndNeverArticles_AreChecked()
    {
        _folder.Write("phrasebook/en.yml", English);
        _folder.Write("templates/fr/reponse.md", "---\ntitle: Réponse\n---\nUnfortunately, pas de souci.\n");
        _folder.Article("articles/en/guide", "title: Guide", "Unfortunately, this SOP describes a problem.\n");

        Assert.Empty(Check());
    }

    [Fact]
    public void ShippedTemplates_UseNoAvoidedPhrases()
    {
        var content = new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(RepositoryPaths.Content);

        Assert.Empty(new PhrasebookRule().Check(content));
    }

    private List<Finding> Check()
    {
        var content = new ContentLoader(new DocumentParser(new MarkdownRenderer())).Load(_folder.Root);
        Assert.Empty(content.Findings);
        return new PhrasebookRule().Check(content).OrderBy(f => f.Line).ToList();
    }
}
