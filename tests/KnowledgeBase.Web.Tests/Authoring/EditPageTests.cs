using System.Security.Claims;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Authoring;
using KnowledgeBase.Web.Components.Pages;
using KnowledgeBase.Web.Components.Pages.Authoring;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using KnowledgeBase.Application.Onboarding;
using KnowledgeBase.Application.Authoring;

namespace KnowledgeBase.Web.Tests.Authoring;

public sealed class EditPageTests : WebTestContext
{
    private const string Refunds = "articles/en/returns/refunds";
    private const string EtaText =
        "---\ntitle: Delivery estimate\nshortcut: eta\nchannels: [email, sms]\nfields:\n  - name: order.id\n    label: Order number\n    required: true\nx-team: logistics\n---\nHi, order {{ order.id }} ships today.\n";

    private const string RefundsText = "---\ntitle: Refunds\n# who answers questions about this SOP\nowner: Payments\ntags: [refunds, money]\n---\n## Restocking fee\n\n15 %.\n";

    protected override void Write(TempContentFolder content)
    {
        content.Write(Refunds + ".md", RefundsText);
        content.Article("articles/en/shipping/delivery", "title: Delivery", "Two days.\n");
        content.Write("templates/en/eta.md", EtaText);
        content.Write("articles/en/broken.md", "---\ntitle: [unclosed\n---\nBody\n");
    }

    // A real account: every save checks the stored account, not only the claims.
    private KnowledgeBase.Storage.Accounts.UserAccount? _lead;

    private void SignInLead()
    {
        _lead ??= SignIn("lena", KnowledgeBase.Storage.Accounts.UserRole.Lead);
        Authorization.SetPolicies("Lead");
    }

    private IRenderedComponent<EditPage> Edit(string id)
    {
        SignInLead();
        return Render<EditPage>(parameters => parameters.Add(p => p.Id, id));
    }

    private string Disk(string id) => File.ReadAllText(Path.Combine(Content.Root, id + ".md"));

    [Fact]
    public void Form_ShowsTheDocumentsFrontMatterAndBody()
    {
        var page = Edit(Refunds);

        Assert.Equal("Refunds", page.Find("#edit-title").GetAttribute("value"));
        Assert.Equal("Payments", page.Find("#edit-owner").GetAttribute("value"));
        Assert.Equal("refunds, money", page.Find("#edit-tags").GetAttribute("value"));
        Assert.Equal("## Restocking fee\n\n15 %.\n", page.Find("#edit-body").GetAttribute("value"));
        Assert.Contains("Restocking fee", page.Find("#preview-body h2").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_FollowsTyping_ThroughTheSamePipeline()
    {
        var page = Edit(Refunds);

        EditorTyping.ReplaceBody(page, "## Restocking fee\n\nNow **10 %**.\n\n<script>alert(1)</script>\n");

        EditorTyping.Pause(Time);

        page.WaitForAssertion(() => Assert.Equal("10 %", page.Find("#preview-body strong").TextContent));
        Assert.Empty(page.FindAll("#preview-body script"));
        page.Find("#edit-title").Input("Refunds and returns");
        EditorTyping.Pause(Time);
        page.WaitForAssertion(() => Assert.Equal("Refunds and returns", page.Find(".preview-title").TextContent));
    }

    [Fact]
    public void Findings_AreShownBeforeSaving()
    {
        var page = Edit(Refunds);
        Assert.NotNull(page.Find(".findings-ok"));

        EditorTyping.ReplaceBody(page, "See [delivery](../shipping/nowhere.md).\n");
        page.Find("#edit-title").Input("");
        Assert.DoesNotContain("nowhere.md", page.Find(".editor-findings").TextContent, StringComparison.Ordinal);
        EditorTyping.Pause(Time);

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll(".findings li").Count));
        var findings = page.FindAll(".findings li").Select(li => li.TextContent).ToList();
        Assert.Contains(findings, f => f.Contains("missing title", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("nowhere.md", StringComparison.Ordinal));
        Assert.Equal(RefundsText, Disk(Refunds));
    }

    [Theory]
    [InlineData(true, KnowledgeBase.Storage.Onboarding.AcknowledgementStatus.Current)]
    [InlineData(false, KnowledgeBase.Storage.Onboarding.AcknowledgementStatus.Outdated)]
    public void Save_MarkedMinor_KeepsReadersAcknowledgementsCurrent_OtherwiseAsksThemToReread(bool minor, KnowledgeBase.Storage.Onboarding.AcknowledgementStatus expected)
    {
        var onboarding = Services.GetRequiredService<KnowledgeBase.Application.Onboarding.OnboardingService>();
        var reader = Accounts.AddUser(new KnowledgeBase.Storage.Accounts.NewUser("nina", "password-1", KnowledgeBase.Storage.Accounts.UserRole.Agent));
        onboarding.Acknowledge(reader.Id, Refunds);
        var page = Edit(Refunds);

        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n15 % (typo fixed).\n");
        if (minor)
        {
            page.Find("#edit-minor").Change(true);
        }

        page.Find("form").Submit();
        Apply(Refunds + ".md");

        Assert.Equal(expected, onboarding.StatusOf(reader.Id, Refunds));
    }

    [Fact]
    public void Save_WritesTheFile_KeepingUntouchedFrontMatter_AndRecordsARevision()
    {
        var page = Edit(Refunds);

        page.Find("#edit-owner").Input("Billing");
        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n10 %.\n");
        page.Find("#edit-note").Input("lower fee");
        page.Find("form").Submit();

        Assert.Equal("---\ntitle: Refunds\n# who answers questions about this SOP\nowner: Billing\ntags: [refunds, money]\n---\n## Restocking fee\n\n10 %.\n", Disk(Refunds));
        // Newest first: the save, then the file as it was before (the first in-app edit keeps the original).
        var revisions = Services.GetRequiredService<RevisionStore>().ListFor(Refunds);
        Assert.Equal([RevisionAction.Saved, RevisionAction.Baseline], revisions.Select(r => r.Action));
        Assert.Equal(RefundsText, revisions[1].Text);
        var revision = revisions[0];
        Assert.Equal((_lead!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "lena", "lower fee", RevisionAction.Saved), (revision.AuthorId, revision.AuthorName, revision.Note, revision.Action));
        Assert.Contains("Saved", page.Find(".notice").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.FindAll(".revision").Count);
    }

    /// <summary>Ctrl+S clicks Save while the caret is still in the note: no change event comes first.</summary>
    [Fact]
    public void Save_KeepsTheNoteAsTyped_WithoutLeavingTheField()
    {
        var page = Edit(Refunds);

        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n12 %.\n");
        page.Find("#edit-note").Input("fee lowered to 12 %");
        page.Find("form").Submit();

        Assert.Equal("fee lowered to 12 %", Services.GetRequiredService<RevisionStore>().ListFor(Refunds)[0].Note);
    }

    [Fact]
    public void Save_AfterTheFileChangedOnDisk_ShowsBothVersions_AndWritesNothing()
    {
        var page = Edit(Refunds);
        Content.Write(Refunds + ".md", RefundsText.Replace("15 %", "20 %", StringComparison.Ordinal));

        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n10 %.\n");
        page.Find("form").Submit();

        Assert.Contains("10 %", page.Find("#conflict-mine").TextContent, StringComparison.Ordinal);
        Assert.Contains("20 %", page.Find("#conflict-theirs").TextContent, StringComparison.Ordinal);
        Assert.Equal("- 20 %.", page.Find(".conflict .diff-removed .diff-text").TextContent);
        Assert.Equal("+ 10 %.", page.Find(".conflict .diff-added .diff-text").TextContent);
        Assert.Contains("20 %", Disk(Refunds), StringComparison.Ordinal);
    }

    [Fact]
    public void ChangeOnDisk_IsAnnouncedAsSoonAsTheLibrarySeesIt()
    {
        var page = Edit(Refunds);
        Assert.Empty(page.FindAll("#changed-on-disk"));

        Content.Write(Refunds + ".md", RefundsText.Replace("15 %", "20 %", StringComparison.Ordinal));
        Apply(Refunds + ".md");

        page.WaitForAssertion(() => Assert.NotNull(page.Find("#changed-on-disk")));
    }

    [Fact]
    public void Conflict_OverwriteWithMine_SavesOnPurpose()
    {
        var page = Edit(Refunds);
        Content.Write(Refunds + ".md", RefundsText.Replace("15 %", "20 %", StringComparison.Ordinal));
        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n10 %.\n");
        page.Find("form").Submit();

        page.Find("#conflict-overwrite").Click();

        Assert.Contains("10 %", Disk(Refunds), StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".conflict"));
    }

    [Fact]
    public void Conflict_KeepTheirs_ReloadsTheDiskVersion()
    {
        var page = Edit(Refunds);
        Content.Write(Refunds + ".md", RefundsText.Replace("15 %", "20 %", StringComparison.Ordinal));
        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n10 %.\n");
        page.Find("form").Submit();

        page.Find("#conflict-keep-theirs").Click();

        Assert.Equal("## Restocking fee\n\n20 %.\n", EditorTyping.Body(page));
        Assert.Contains("20 %", Disk(Refunds), StringComparison.Ordinal);
    }

    [Fact]
    public void Conflict_CopyMine_PutsTheComposedTextOnTheClipboard()
    {
        var page = Edit(Refunds);
        Content.Write(Refunds + ".md", "changed\n");
        EditorTyping.ReplaceBody(page, "mine\n");
        page.Find("form").Submit();

        page.Find("#conflict-copy").Click();

        var copy = Assert.Single(JSInterop.Invocations, i => i.Identifier == "kb.copyText");
        Assert.EndsWith("---\nmine\n", (string)copy.Arguments[0]!, StringComparison.Ordinal);
    }

    [Fact]
    public void History_RestoresAnOlderRevision_AsANewOne()
    {
        var page = Edit(Refunds);
        EditorTyping.ReplaceBody(page, "one\n");
        page.Find("form").Submit();
        EditorTyping.ReplaceBody(page, "two\n");
        page.Find("form").Submit();

        page.FindAll(".revision")[1].QuerySelectorAll("button").Single(b => b.TextContent == "Restore").Click();

        Assert.EndsWith("---\none\n", Disk(Refunds), StringComparison.Ordinal);
        Assert.Equal(4, page.FindAll(".revision").Count);
        page.FindAll(".revision")[0].QuerySelectorAll("button").First(b => b.TextContent.StartsWith("Diff with #", StringComparison.Ordinal)).Click();
        Assert.Equal("+ one", page.Find(".history .diff-added .diff-text").TextContent);
    }

    [Fact]
    public void Delete_MovesTheFileToTheTrash()
    {
        var page = Edit(Refunds);

        page.Find("#edit-delete").Click();
        page.Find("#edit-delete-confirm").Click();

        Assert.False(File.Exists(Path.Combine(Content.Root, Refunds + ".md")));
        Assert.Single(Services.GetRequiredService<AuthoringService>().Trash.List());
        Assert.EndsWith("/trash", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_FieldEdit_RewritesOnlyTheFieldsKey()
    {
        var page = Edit("templates/en/eta");
        Assert.Equal("order.id", page.Find("input[aria-label='Field name']").GetAttribute("value"));

        page.Find("input[aria-label='Label']").Input("Order no.");
        page.Find("form").Submit();

        Assert.Equal(EtaText.Replace("    label: Order number\n    required: true\n", "    label: Order no.\n    required: true\n", StringComparison.Ordinal), Disk("templates/en/eta"));
    }

    [Fact]
    public void UnreadableFrontMatter_IsEditedAsPlainText()
    {
        var page = Edit("articles/en/broken");
        Assert.Empty(page.FindAll("#edit-title"));

        EditorTyping.ReplaceBody(page, "---\ntitle: Fixed\n---\nBody\n");
        page.Find("form").Submit();

        Assert.Equal("---\ntitle: Fixed\n---\nBody\n", Disk("articles/en/broken"));
        Assert.Equal("Fixed", page.Find("#edit-title").GetAttribute("value"));
    }

    [Fact]
    public void Move_OntoAnotherDocument_IsRefused_AndElsewhereMovesTheFile()
    {
        var page = Edit(Refunds);

        page.Find("#edit-move").Click();
        page.Find("#edit-move-to").Input("articles/en/shipping/delivery.md");
        page.Find("#edit-move-confirm").Click();
        Assert.Contains("already a document", page.Find(".notice").TextContent, StringComparison.Ordinal);

        page.Find("#edit-move-to").Input("../../outside.md");
        page.Find("#edit-move-confirm").Click();
        Assert.Contains("Cannot move there", page.Find(".notice").TextContent, StringComparison.Ordinal);

        page.Find("#edit-move-to").Input("articles/en/payments/refunds.md");
        page.Find("#edit-move-confirm").Click();
        Assert.Equal(RefundsText, Disk("articles/en/payments/refunds"));
        Assert.False(File.Exists(Path.Combine(Content.Root, Refunds + ".md")));
        Assert.EndsWith("/edit/articles/en/payments/refunds", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void NewTemplate_WithFields_IsCreatedInItsLanguageFolder()
    {
        SignInLead();
        var page = Render<EditPage>();

        page.Find("#new-kind").Change("Template");
        page.Find("#new-language").Change("fr");
        page.Find("#new-folder").Input("shipping");
        page.Find("#edit-title").Input("Retard de livraison");
        page.Find("#edit-shortcut").Input("retard");
        page.Find("#edit-add-field").Click();
        page.Find("input[aria-label='Field name']").Input("order.id");
        page.Find("input[aria-label='Required']").Change(true);
        EditorTyping.ReplaceBody(page, "Bonjour, la commande {{ order.id }} est en retard.\n");
        page.Find("form").Submit();

        Assert.Equal(
            "---\ntitle: Retard de livraison\nshortcut: retard\nfields:\n  - name: order.id\n    required: true\n---\nBonjour, la commande {{ order.id }} est en retard.\n",
            Disk("templates/fr/shipping/retard-de-livraison"));
        Assert.EndsWith("/edit/templates/fr/shipping/retard-de-livraison", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void New_NeverOverwritesAnExistingDocument()
    {
        SignInLead();
        var page = Render<EditPage>();

        page.Find("#new-folder").Input("returns");
        page.Find("#edit-title").Input("Refunds");
        page.Find("form").Submit();

        Assert.Contains("already a document", page.Find(".notice").TextContent, StringComparison.Ordinal);
        Assert.Equal(RefundsText, Disk(Refunds));
    }

    [Fact]
    public void EditLink_IsShownToLeadsOnly()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/articles/en/returns/refunds");
        var anonymous = Render<ArticlePage>(parameters => parameters.Add(p => p.Path, "en/returns/refunds"));
        Assert.Empty(anonymous.FindAll(".edit-link"));

        SignInLead();
        var lead = Render<ArticlePage>(parameters => parameters.Add(p => p.Path, "en/returns/refunds"));
        Assert.Equal("/edit/articles/en/returns/refunds", lead.Find(".edit-link").GetAttribute("href"));
    }

    [Fact]
    public void LeavingWithUnsavedChanges_AsksFirst()
    {
        var page = Edit(Refunds);
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/");
        Assert.EndsWith("/", navigation.Uri, StringComparison.Ordinal);
        navigation.NavigateTo("/edit/articles/en/returns/refunds");

        EditorTyping.ReplaceBody(page, "unsaved\n");
        JSInterop.Setup<bool>("confirm", _ => true).SetResult(false);
        navigation.NavigateTo("/");

        Assert.EndsWith("/edit/articles/en/returns/refunds", navigation.Uri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("articles/en/nowhere")]
    public void Edit_OfAPathOutsideTheContentOrMissing_ShowsNothingToEdit(string id)
    {
        var page = Edit(id);

        Assert.Equal("Nothing to edit", page.Find("h1").TextContent);
        Assert.Empty(page.FindAll("textarea"));
    }

    [Fact]
    public void Router_ShowsNotAllowed_ToAgentsWhoAreNotLeads()
    {
        Authorization.SetAuthorized("agent").SetRoles("Agent");
        Services.GetRequiredService<NavigationManager>().NavigateTo("/edit/articles/en/returns/refunds");

        var app = Render<KnowledgeBase.Web.Components.Routes>();

        app.WaitForAssertion(() => Assert.Contains("Not allowed", app.Find("h1").TextContent, StringComparison.Ordinal));
        Assert.Empty(app.FindAll("#edit-body"));
    }

    [Fact]
    public void EditPage_RequiresTheLeadPolicy()
    {
        var policies = typeof(EditPage).GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), inherit: true)
            .Cast<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>().Select(a => a.Policy);
        Assert.Contains("Lead", policies);
    }
}
