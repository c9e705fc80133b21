using System.Net;
using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Web.Tests.Security;

public sealed class FirstRunTests : IDisposable
{
    private readonly KnowledgeBaseFactory _app = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/admin/users")]
    public async Task WithoutAccounts_EveryPageGoesToSetup(string path)
    {
        var response = await _app.CreateBrowser().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/setup", response.Target());
    }

    [Fact]
    public async Task Setup_CreatesTheFirstAdmin_SignsIn_AndThenIsGone()
    {
        var client = _app.CreateBrowser();

        var created = await FormPost.SubmitAsync(client, "/setup", "setup",
            ("Input.UserName", "root"), ("Input.DisplayName", "Rita Root"), ("Input.Password", "password-1"), ("Input.ConfirmPassword", "password-1"));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/", created.Target());
        Assert.Equal(UserRole.Admin, _app.Accounts.Users.FindByName("root")?.Role);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin/users")).StatusCode);
        var again = await _app.CreateBrowser().GetAsync("/setup");
        Assert.Equal("/login", again.Target());
    }

    [Fact]
    public async Task Setup_WithDifferentPasswords_CreatesNobody()
    {
        var response = await FormPost.SubmitAsync(_app.CreateBrowser(), "/setup", "setup",
            ("Input.UserName", "root"), ("Input.Password", "password-1"), ("Input.ConfirmPassword", "password-2"));

        Assert.Contains("The two passwords differ.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _app.Accounts.Users.Count());
    }

    public void Dispose() => _app.Dispose();
}
