using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.TestSupport.Media;
using KnowledgeBase.Web.Media;
using KnowledgeBase.Web.Tests.Security;

namespace KnowledgeBase.Web.Tests.Media;

/// <summary><c>POST /media</c>: what the editor sends when a lead pastes, drops or picks a file.</summary>
public sealed class MediaUploadTests(MediaApp app) : IClassFixture<MediaApp>
{
    private const string Document = "articles/en/returns/screens.md";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes, string name, string document = Document, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/media?document={Uri.EscapeDataString(document)}&name={Uri.EscapeDataString(name)}")
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new("application/octet-stream");
        if (withToken)
        {
            request.Headers.Add(MediaEndpoints.TokenHeader, await FormPost.TokenAsync(client, "/"));
        }

        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Lead_AttachesAnImage_AndGetsTheMarkdown_OfAFileWithoutMetadata()
    {
        var client = await app.SignedInAsync(UserRole.Lead);

        var response = await UploadAsync(client, TestImages.PngWithMetadata(), "Refund screen.png");
        var answer = await response.Content.ReadFromJsonAsync<MediaAnswer>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^!\\[Refund screen\\]\\(/media/en/screens-[0-9a-f]{10}\\.png\\)$", answer!.Markdown);
        var served = await client.GetByteArrayAsync(answer.Url);
        Assert.Equal(-1, served.AsSpan().IndexOf(Encoding.ASCII.GetBytes(TestImages.Secret)));
        Assert.Equal(TestImages.PngPixels(TestImages.PngWithMetadata()), TestImages.PngPixels(served));
    }

    [Fact]
    public async Task TheSamePasteTwice_GivesTheSameLink()
    {
        var client = await app.SignedInAsync(UserRole.Lead);
        var picture = TestImages.Png(width: 7, red: 1);

        var first = await (await UploadAsync(client, picture, "image.png")).Content.ReadFromJsonAsync<MediaAnswer>();
        var second = await (await UploadAsync(client, picture, "image.png")).Content.ReadFromJsonAsync<MediaAnswer>();

        Assert.Equal(first!.Url, second!.Url);
        Assert.False(first.AlreadyStored);
        Assert.True(second.AlreadyStored);
    }

    [Fact]
    public async Task Svg_IsRefused_SayingWhy()
    {
        var client = await app.SignedInAsync(UserRole.Lead);

        var response = await UploadAsync(client, TestImages.Svg, "diagram.svg");
        var answer = await response.Content.ReadFromJsonAsync<MediaAnswer>();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("SVG", answer!.Message, StringComparison.Ordinal);
        Assert.Null(answer.Markdown);
    }

    [Fact]
    public async Task AScriptNamedLikeAPicture_IsRefused()
    {
        var client = await app.SignedInAsync(UserRole.Lead);

        var response = await UploadAsync(client, Encoding.UTF8.GetBytes("<script>alert(1)</script>"), "screenshot.png");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task OverTheLimit_IsRefused_NamingTheLimit_AndNothingIsStored()
    {
        var client = await app.SignedInAsync(UserRole.Lead);
        var before = Directory.GetFiles(app.ContentRoot, "*", SearchOption.AllDirectories).Length;

        var response = await UploadAsync(client, [.. TestImages.Png(), .. new byte[MediaApp.MaxFileBytes]], "huge.png");
        var answer = await response.Content.ReadFromJsonAsync<MediaAnswer>();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 64 KB", answer!.Message, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(app.ContentRoot, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Agent_MayNotAttach()
    {
        var client = await app.SignedInAsync(UserRole.Agent);

        var response = await UploadAsync(client, TestImages.Png(), "image.png");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task WithoutTheAntiforgeryToken_NothingIsStored()
    {
        var client = await app.SignedInAsync(UserRole.Lead);

        var picture = TestImages.Png(width: 9);

        var response = await UploadAsync(client, picture, "image.png", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(File.Exists(StoredPath(picture)));
    }

    [Theory]
    [InlineData("../../../../tmp/evil.md")]
    [InlineData("media/en/x.md")]
    [InlineData("")]
    public async Task ForAPathThatIsNotADocument_IsRefused(string document)
    {
        var client = await app.SignedInAsync(UserRole.Lead);

        var response = await UploadAsync(client, TestImages.Png(), "image.png", document);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignedOut_IsNotAllowedToAttach()
    {
        var picture = TestImages.Png(width: 11);

        var response = await UploadAsync(app.Factory.CreateBrowser(), picture, "image.png", withToken: false);

        Assert.False(response.IsSuccessStatusCode);
        Assert.False(File.Exists(StoredPath(picture)));
    }

    /// <summary>Where a picture without metadata would be stored for <see cref="Document"/>.</summary>
    private string StoredPath(byte[] picture) =>
        Path.Combine(app.ContentRoot, "media", "en", $"screens-{Convert.ToHexStringLower(SHA256.HashData(picture))[..10]}.png");
}
