using System.Net;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.TestSupport.FileSystems;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>
/// The whole app on a data disk that fills up (a real tmpfs): sign-in fails while nothing can be
/// saved, pages that only read keep working, and once space is freed sign-in and account changes work
/// again in the same running app.
/// </summary>
public sealed class DiskFullSignInTests
{
    private const string Password = "password-1";

    [TmpfsFact]
    public async Task AfterTheDataDiskFilledAndWasFreed_SignInWorksAgain_WithoutARestart()
    {
        using var disk = Tmpfs.Mount(16 * 1024 * 1024);
        using var app = new KnowledgeBaseFactory { Data = Path.Combine(disk.Root, "data") };
        app.Accounts.AddUser(new NewUser("root", Password, UserRole.Admin));
        var signedIn = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(signedIn, "root", Password)).StatusCode);

        var filler = disk.Fill();
        var whileFull = await FormPost.SignInAsync(app.CreateBrowser(), "root", Password);
        var readWhileFull = await signedIn.GetAsync("/settings");
        File.Delete(filler);
        var afterwards = await FormPost.SignInAsync(app.CreateBrowser(), "root", Password);

        Assert.Equal(HttpStatusCode.InternalServerError, whileFull.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readWhileFull.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Equal("/", afterwards.Target());
        app.Accounts.AddUser(new NewUser("bea", Password, UserRole.Agent));
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(app.CreateBrowser(), "bea", Password)).StatusCode);
    }
}
