using System.Net;
using System.Net.Http.Headers;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.TestSupport.Media;
using KnowledgeBase.Web.Tests.Security;

namespace KnowledgeBase.Web.Tests.Media;

/// <summary><c>GET /media/…</c>: attached files for signed-in users only, as what their bytes say, never as a page.</summary>
public sealed class MediaServingTests(MediaApp app) : IClassFixture<MediaApp>
{
    [Fact]
    public async Task SignedIn_GetsTheImage_WithItsTypeAndHeadersThatLetItRunNothing()
    {
        var client = await app.SignedInAsync(UserRole.Agent);

        var response = await client.GetAsync(MediaApp.Picture);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestImages.Png(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("default-src 'none'; sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Resource-Policy")));
        Assert.True(response.Headers.CacheControl?.Private);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task SignedIn_WithTheSameETag_GetsNotModified()
    {
        var client = await app.SignedInAsync(UserRole.Agent);
        var first = await client.GetAsync(MediaApp.Picture);

        using var again = new HttpRequestMessage(HttpMethod.Get, MediaApp.Picture);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Fact]
    public async Task Pdf_IsADownload()
    {
        var client = await app.SignedInAsync(UserRole.Agent);

        var response = await client.GetAsync("/media/en/refund-form.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("default-src 'none'; sandbox", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task SignedOut_PlainRequest_Gets401_AndNoBytes()
    {
        var response = await app.Factory.CreateBrowser().GetAsync(MediaApp.Picture);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task SignedOut_OpeningTheAddress_GoesToSignInAndBack()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, MediaApp.Picture);
        request.Headers.Add("Sec-Fetch-Mode", "navigate");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await app.Factory.CreateBrowser().SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString(MediaApp.Picture)}", response.Target());
    }

    [Theory]
    [InlineData("/media/en/drawing.svg")]
    [InlineData("/media/en/disguised.png")]
    public async Task FilesThatAreNotWhatTheyClaim_OrCanRunScript_AreNeverServed(string path)
    {
        var client = await app.SignedInAsync(UserRole.Admin);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("script", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/media/en/..%2F..%2Fsecret.png")]
    [InlineData("/media/en/%2e%2e/%2e%2e/secret.png")]
    [InlineData("/media/%2e%2e/secret.png")]
    [InlineData("/media/en/..%5C..%5Csecret.png")]
    [InlineData("/media/secret.png")]
    [InlineData("/media/en/%2E%2E%2F%2E%2E%2Farticles%2Fen%2Freturns%2Fscreens.md")]
    [InlineData("/media/en/.%2e/.%2e/secret.png")]
    [InlineData("/media//secret.png")]
    [InlineData("/media/en/refunds-1a2b3c4d5e.png;.html")]
    [InlineData("/media/en/../secret.png")]
    [InlineData("/media/en/%2E%2E/%2E%2E/articles/en/secret.png")]
    public async Task PathTraversal_NeverLeavesTheMediaFolder(string path)
    {
        var client = await app.SignedInAsync(UserRole.Admin);

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri("http://localhost" + path, UriKind.Absolute)));

        // Whatever the client or server makes of the path, no picture comes back from outside media/<lang>/.
        Assert.NotEqual("image/png", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(MediaApp.SecretText, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheArticle_ShowsTheImage_AndItsPageMayLoadIt()
    {
        var client = await app.SignedInAsync(UserRole.Agent);

        var response = await client.GetAsync("/articles/en/returns/screens");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains($"<img src=\"{MediaApp.Picture}\" alt=\"The refund screen\">", html, StringComparison.Ordinal);
        Assert.Contains("img-src 'self'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
