using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Audit;

public sealed class AuditPageTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => content.Article("articles/en/a", "title: A", "Text.\n");

    private IRenderedComponent<AuditPage> RenderPage(string query = "")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/audit" + query);
        return Render<AuditPage>();
    }

    private static IReadOnlyList<string> Events(IRenderedComponent<AuditPage> page) =>
        [.. page.FindAll("#audit-table tbody tr").Select(tr => tr.GetAttribute("data-type")!)];

    [Fact]
    public void ThePage_FiltersByUserEventAndDays_FromItsAddress_NewestFirst()
    {
        var root = SignIn("root", UserRole.Admin);
        var anna = Accounts.AddUser(new NewUser("anna", "password-1", UserRole.Agent), AuditActor.For(root));
        Accounts.CheckPassword("anna", "wrong", new SignInAttempt("203.0.113.5"));
        Time.Advance(TimeSpan.FromDays(2));
        Accounts.ChangeRole(anna.Id, UserRole.Lead, AuditActor.For(root));

        var all = RenderPage("?user=ANNA");
        Assert.Equal(["RoleChanged", "SignInFailed", "UserAdded"], Events(all));
        Assert.Contains("203.0.113.5", all.Find("#audit-table").TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/audit/export.csv?user=ANNA", all.Find("#audit-export").GetAttribute("href"));

        var failed = RenderPage("?user=anna&type=SignInFailed");
        Assert.Equal(["SignInFailed"], Events(failed));

        var firstDay = RenderPage("?user=anna&from=2026-11-23&to=2026-11-23");
        Assert.Equal(["SignInFailed", "UserAdded"], Events(firstDay));
    }

    [Fact]
    public void TheFilterForm_PutsTheFilterInTheAddress()
    {
        SignIn("root", UserRole.Admin);
        var page = RenderPage();

        page.Find("#audit-user").Change("anna");
        page.Find("#audit-type").Change("LockedOut");
        page.Find("form.audit-filter").Submit();

        Assert.EndsWith("/admin/audit?user=anna&type=LockedOut", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDayBoxes_ShowIsoDates_AndTakeThem()
    {
        SignIn("root", UserRole.Admin);
        var page = RenderPage("?from=2026-11-23&to=2026-11-24");
        Assert.Equal(("text", "2026-11-23"), (page.Find("#audit-from").GetAttribute("type"), page.Find("#audit-from").GetAttribute("value")));

        page.Find("#audit-from").Change("2026-11-01");
        page.Find("form.audit-filter").Submit();

        Assert.EndsWith("/admin/audit?from=2026-11-01&to=2026-11-24", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAdminDemotedWhileThePageIsOpen_SeesNoMoreEntries()
    {
        var root = SignIn("root", UserRole.Admin);
        Accounts.AddUser(new NewUser("other", "password-1", UserRole.Admin));
        var page = RenderPage();
        Assert.NotEmpty(Events(page));

        Accounts.ChangeRole(root.Id, UserRole.Agent);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/audit?type=UserAdded");

        page.WaitForAssertion(() => Assert.Contains("Not shown", page.Find("#audit-refused").TextContent, StringComparison.Ordinal));
        Assert.Empty(Events(page));
    }
}
