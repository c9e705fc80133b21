using System.Net;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Web.Insights;
using KnowledgeBase.Web.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Abuse;

/// <summary>
/// Plain requests for a search link (a script, a link preview, the first paint before the tab
/// connects) render results but log no search: only an open tab does, so opening a shared link
/// logs it once (not for the first paint and again for the tab), and loading <c>/?q=…</c> in a
/// loop cannot fill the database.
/// </summary>
public sealed class SearchLinkLoggingTests(KnowledgeBaseFactory app) : IClassFixture<KnowledgeBaseFactory>
{
    [Fact]
    public async Task RequestingASearchLinkOverAndOver_LogsNoSearch()
    {
        var user = app.Accounts.AddUser(new NewUser("looper", "password-1", UserRole.Agent));
        var client = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(client, user.UserName, "password-1")).StatusCode);

        for (var i = 0; i < 20; i++)
        {
            var page = await client.GetAsync($"/?q=refunds+{i}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        await app.Services.GetRequiredService<InsightWriter>().FlushAsync();
        var searches = app.Services.GetRequiredService<InsightStore>().Searches(InsightPeriod.LastDays(app.Time.GetUtcNow(), 1));
        Assert.Empty(searches);
    }
}
