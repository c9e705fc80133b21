using System.Net;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.TestSupport.Postgres;
using KnowledgeBase.Web.Tests.Security;
using Microsoft.Net.Http.Headers;

namespace KnowledgeBase.Web.Tests.Hosting;

/// <summary>
/// Two whole app nodes (each its own host, data folder and index) on one PostgreSQL database: an
/// account made on one signs in on the other, and a sign-in cookie issued by one is accepted by the
/// other (the Data Protection keys are in the database).
/// </summary>
public sealed class TwoNodesOnPostgresTests(TemporaryPostgres postgres) : IClassFixture<TemporaryPostgres>
{
    private Dictionary<string, string?> Settings => new()
    {
        [DatabaseOptions.SectionName + ":Provider"] = "Postgres",
        [DatabaseOptions.SectionName + ":ConnectionString"] = postgres.ConnectionString,
    };

    [Fact]
    public async Task AnAccountMadeOnOneNode_SignsInOnTheOther_AndItsCookieWorksOnBoth()
    {
        using var one = new KnowledgeBaseFactory(_ => { }, Settings);
        using var two = new KnowledgeBaseFactory(_ => { }, Settings);
        one.Accounts.AddUser(new NewUser("anna", "password-1", UserRole.Agent));

        var onTwo = await FormPost.SignInAsync(two.CreateBrowser(), "anna", "password-1");
        var browser = one.CreateBrowser();
        var onOne = await FormPost.SignInAsync(browser, "anna", "password-1");
        var cookies = onOne.Headers.GetValues(HeaderNames.SetCookie).Select(c => c.Split(';')[0]).ToList();
        var elsewhere = two.CreateBrowser(handleCookies: false);
        elsewhere.DefaultRequestHeaders.Add(HeaderNames.Cookie, string.Join("; ", cookies));
        var page = await elsewhere.GetAsync("/?q=refund");
        var withoutCookie = await two.CreateBrowser(handleCookies: false).GetAsync("/?q=refund");

        Assert.Equal(HttpStatusCode.Redirect, onTwo.StatusCode);
        Assert.DoesNotContain("login", onTwo.Target() ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, withoutCookie.StatusCode);
    }
}
