using KnowledgeBase.Application.Tokens;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Accounts;

/// <summary>My details → Access tokens: made with a name and expiry, shown once, listed by prefix, revoked.</summary>
public sealed class AccessTokensTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => content.Article("articles/en/a", "title: A");

    private AccessTokenService Tokens => Services.GetRequiredService<AccessTokenService>();

    [Fact]
    public void Creating_ShowsTheTokenOnce_ThenListsOnlyItsPrefix()
    {
        var user = SignIn();
        var tokens = Render<AccessTokens>();

        tokens.Find("#token-name").Change("Zendesk sidebar");
        tokens.Find("#token-expires").Change("30");
        tokens.Find("form").Submit();

        var secret = tokens.Find("#token-secret").TextContent;
        Assert.Matches("^kb_[A-Za-z0-9_-]{43}$", secret);
        Assert.True(Tokens.Authenticate(secret).Succeeded);
        var row = tokens.Find("#tokens-table tbody tr");
        Assert.Contains("Zendesk sidebar", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(secret[..8] + "…", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("2026-12-23", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, row.TextContent, StringComparison.Ordinal);
        Assert.Equal(user.Id, Assert.Single(Tokens.List(user.Id)).UserId);

        var reopened = Render<AccessTokens>();
        Assert.Empty(reopened.FindAll("#token-secret"));
        Assert.Contains("Zendesk sidebar", reopened.Find("#tokens-table").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Revoking_EndsTheToken_AndTheAuditLogSaysWho()
    {
        var user = SignIn();
        var secret = Tokens.Create(user.Id, "script", null, AuditActor.For(user)).Secret;
        var tokens = Render<AccessTokens>();

        tokens.Find(".revoke-token").Click();

        Assert.Contains("revoked", tokens.Find("#tokens-table tbody tr").TextContent, StringComparison.Ordinal);
        Assert.False(Tokens.Authenticate(secret).Succeeded);
        Assert.Equal("petra", Assert.Single(Audit.Find(new AuditFilter(Type: AuditEventType.TokenRevoked))).ActorName);
    }

    [Fact]
    public void ABlankName_IsRefused_WithTheReason()
    {
        SignIn();
        var tokens = Render<AccessTokens>();

        tokens.Find("form").Submit();

        Assert.Contains("Give the token a name", tokens.Find("#tokens-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(tokens.FindAll("#token-secret"));
    }

    [Fact]
    public void TheSection_LinksToTheApiReference()
    {
        SignIn();

        var tokens = Render<AccessTokens>();

        Assert.Equal("/api-reference/", tokens.Find("#api-reference-link").GetAttribute("href"));
    }
}
