using System.Net;
using System.Text;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.TestSupport.Media;
using KnowledgeBase.Web.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Media;

/// <summary>
/// The whole app with a 64 KB attachment limit, over a content folder holding an article with a
/// picture, a PDF, an SVG and a script named like a picture, and a secret beside the media folder.
/// </summary>
public sealed class MediaApp : IDisposable
{
    public const string Password = "password-1";
    public const string Picture = "/media/en/refunds-1a2b3c4d5e.png";
    public const string SecretText = "top secret, outside the media folder";
    public const long MaxFileBytes = 64 * 1024;

    public MediaApp()
    {
        Factory = new KnowledgeBaseFactory(
            content =>
            {
                content.WriteBytes("media/en/refunds-1a2b3c4d5e.png", TestImages.Png());
                content.WriteBytes("media/en/refund-form.pdf", TestImages.Pdf);
                content.WriteBytes("media/en/drawing.svg", TestImages.Svg);
                content.Write("media/en/disguised.png", "<html><script>alert(document.cookie)</script></html>");
                // Real pictures (they would pass the type check), outside media/<lang>/: never to be served.
                byte[] secret = [.. TestImages.Png(width: 13), .. Encoding.ASCII.GetBytes(SecretText)];
                content.WriteBytes("secret.png", secret);
                content.WriteBytes("media/secret.png", secret);
                content.WriteBytes("articles/en/secret.png", secret);
                content.Article("articles/en/returns/screens", "title: Refund screens", $"![The refund screen]({Picture})\n\n[The form](/media/en/refund-form.pdf)\n");
            },
            new Dictionary<string, string?> { ["KnowledgeBase:Media:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Factory.Accounts.AddUser(new NewUser("root", Password, UserRole.Admin));
    }

    public KnowledgeBaseFactory Factory { get; }

    public string ContentRoot => Factory.Services.GetRequiredService<KnowledgeBase.Content.Configuration.KnowledgeBasePaths>().ContentRoot;

    /// <summary>A browser signed in as a new user of <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignedInAsync(UserRole role)
    {
        var user = Factory.Accounts.AddUser(new NewUser($"m{Guid.NewGuid():N}"[..16], Password, role));
        var client = Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(client, user.UserName, Password)).StatusCode);
        return client;
    }

    public void Dispose() => Factory.Dispose();
}
