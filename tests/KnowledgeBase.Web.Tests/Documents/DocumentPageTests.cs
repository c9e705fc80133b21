using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Documents;

public sealed class DocumentPageTests : WebTestContext
{
    protected override void Write(TempContentFolder content)
    {
        content.Article("articles/en/shipping/delivery-times",
            "title: Delivery times\nsummary: How long delivery takes.\nowner: Tomáš Král\nreviewed: 2026-01-05\nreview_every: 90\ntranslation_key: delivery-times\ntags: [shipping]\nrelated: [articles/en/returns/refunds]",
            "Intro.\n\n## Standard delivery\n\nTwo to four days.\n\n### Large items\n\nFreight.\n\n## Where orders ship from\n\nFrom Brno. See [refunds](../returns/refunds.md#restocking-fee).\n\n<script>alert(1)</script>\n");
        content.Article("articles/en/returns/refunds", "title: Refunds", "## Restocking fee\n\n15 %.\n");
        content.Article("articles/ru/sroki-dostavki", "title: Сроки доставки\ntranslation_key: delivery-times", "## Откуда отправляются заказы\n\nИз Брно.\n");
        content.Write("templates/en/eta.md",
            "---\ntitle: Delivery estimate\nshortcut: eta\ntranslation_key: eta\nchannels: [email, sms]\nrelated: [articles/en/shipping/delivery-times]\nfields:\n  - name: order.id\n    label: Order number\n    required: true\nexamples: [When will it arrive?]\n---\nHi, order {{ order.id }} ships today.\n\n## sms\n\nOrder {{ order.id }} ships today.\n");
        content.Write("templates/fr/delai.md", "---\ntitle: Délai de livraison\ntranslation_key: eta\n---\nBonjour, votre commande part aujourd'hui.\n");
    }

    private IRenderedComponent<T> Open<T>(string path, string? fragment = null, HttpContext? prerenderingFor = null)
        where T : DocumentPageBase
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var folder = typeof(T) == typeof(TemplatePage) ? "templates" : "articles";
        navigation.NavigateTo($"/{folder}/{path}{(fragment is null ? null : "#" + fragment)}");
        return Render<T>(parameters =>
        {
            parameters.Add(p => p.Path, path);
            if (prerenderingFor is not null)
            {
                // What the server's first, static render of a page cascades (no circuit yet).
                parameters.AddCascadingValue(prerenderingFor);
            }
        });
    }

    [Fact]
    public void TableOfContents_LinksToEverySectionAnchor_WhichTheBodyHas()
    {
        var page = Open<ArticlePage>("en/shipping/delivery-times");

        var links = page.FindAll(".toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
        [
            "/articles/en/shipping/delivery-times#standard-delivery",
            "/articles/en/shipping/delivery-times#large-items",
            "/articles/en/shipping/delivery-times#where-orders-ship-from",
        ], links);
        Assert.NotNull(page.Find("#document-body h2#where-orders-ship-from"));
        Assert.NotNull(page.Find("#document-body h3#large-items"));
        Assert.Equal("toc-level-3", page.FindAll(".toc li")[1].ClassName);
    }

    [Fact]
    public void DeepLink_AsksTheBrowserToShowTheSection()
    {
        Open<ArticlePage>("en/shipping/delivery-times", "where-orders-ship-from");

        var show = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.showSection");
        Assert.Equal("where-orders-ship-from", show.Arguments[0]);
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "kb.enhanceHeadings");
    }

    [Fact]
    public void Article_ShowsSummaryOwnerReviewAndOverdueFlag()
    {
        var page = Open<ArticlePage>("en/shipping/delivery-times");

        Assert.Equal("Delivery times", page.Find("h1").TextContent);
        Assert.Equal("How long delivery takes.", page.Find(".summary").TextContent);
        Assert.Contains("Owner: Tomáš Král", page.Find(".document-meta").TextContent, StringComparison.Ordinal);
        Assert.Contains("Review overdue", page.Find(".document-meta").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_LinksItsOtherLanguageVersions_ByTranslationKey()
    {
        var page = Open<TemplatePage>("en/eta");

        var french = page.Find(".language-versions a");
        Assert.Equal("/templates/fr/delai", french.GetAttribute("href"));
        Assert.Equal("Français", french.TextContent);
    }

    [Fact]
    public void Article_LinksItsOtherLanguageVersions_AndRelatedDocumentsBothWays()
    {
        var page = Open<ArticlePage>("en/shipping/delivery-times");

        var russian = page.Find(".language-versions a");
        Assert.Equal("/articles/ru/sroki-dostavki", russian.GetAttribute("href"));
        Assert.Equal("Русский", russian.TextContent);
        var related = page.FindAll(".related a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/articles/en/returns/refunds", related);
        Assert.Contains("/templates/en/eta", related);
    }

    [Fact]
    public void LinksToOtherDocuments_PointAtTheirPages_AndNoScriptSurvives()
    {
        var page = Open<ArticlePage>("en/shipping/delivery-times");

        Assert.Equal("/articles/en/returns/refunds#restocking-fee", page.Find("#document-body a[href*=refunds]").GetAttribute("href"));
        Assert.DoesNotContain("<script", page.Find("#document-body").InnerHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void UnknownArticle_SaysSo_AndOffersASearch()
    {
        var page = Open<ArticlePage>("en/nope/missing-page");

        Assert.Contains("No such SOP", page.Find("h1").TextContent, StringComparison.Ordinal);
        Assert.Equal("/?q=missing%20page", page.Find(".empty-state a").GetAttribute("href"));
    }

    [Fact]
    public void ChangedFile_RefreshesTheOpenArticle()
    {
        var page = Open<ArticlePage>("en/returns/refunds");

        Content.Article("articles/en/returns/refunds", "title: Refunds", "## Restocking fee\n\n20 % now.\n");
        Apply("articles/en/returns/refunds.md");

        page.WaitForAssertion(() => Assert.Contains("20 % now.", page.Find("#document-body").TextContent, StringComparison.Ordinal));
        Assert.Contains("just updated", page.Find(".notice").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_ShowsItsTextPerChannel_ItsFields_AndItsExamples()
    {
        var page = Open<TemplatePage>("en/eta");

        Assert.Equal(["Default text", "SMS"], page.FindAll(".template-variant h3").Select(h => h.TextContent));
        Assert.Contains("<span class=\"placeholder\">{{ order.id }}</span>", page.Find(".template-variant .markdown").InnerHtml, StringComparison.Ordinal);
        Assert.Contains("order.id", page.Find("table.fields").TextContent, StringComparison.Ordinal);
        Assert.Contains("/eta", page.Find(".template-facts").TextContent, StringComparison.Ordinal);
        Assert.Contains("When will it arrive?", page.Find(".examples").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void OpeningAnArticle_CountsAsAView()
    {
        Open<ArticlePage>("en/returns/refunds");
        Open<ArticlePage>("en/returns/refunds");

        var mostViewed = Services.GetRequiredService<Web.Services.ViewStatistics>().MostViewed(Library.Current, "en", 1);
        Assert.Equal("articles/en/returns/refunds", Assert.Single(mostViewed).Id);
    }

    [Fact]
    public void AFullPageLoad_CountsOneView_NotOnePerRender()
    {
        SignIn();

        // A browser's first request renders the page on the server (prerender), then again once the circuit connects.
        Open<ArticlePage>("en/returns/refunds", prerenderingFor: new DefaultHttpContext());
        Open<ArticlePage>("en/returns/refunds");

        Assert.Equal(1, Services.GetRequiredService<Web.Services.ViewStatistics>().Count("articles/en/returns/refunds"));
    }

    [Fact]
    public void TemplatePage_OpensWithItsForm_AndTheKeyboardInTheFirstField()
    {
        var page = Open<TemplatePage>("en/eta");

        Assert.Equal("Order number *", page.Find("label[for=filler-order-id]").TextContent);
        Assert.Equal(["email", "sms"], page.FindAll("#filler-channel option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Hi, order ⟦Order number⟧ ships today.", page.Find("#filler-preview").TextContent);
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "kb.focusOnArrival" && (string?)i.Arguments[0] == "filler-order-id");
    }
}
