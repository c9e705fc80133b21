using System.Net;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Web.Tests.Security;

namespace KnowledgeBase.Web.Tests.Audit;

/// <summary>Every CSV download is audited; admins download the audit log itself, filtered, as safe CSV.</summary>
public sealed class AuditExportTests(KnowledgeBaseFactory app) : IClassFixture<KnowledgeBaseFactory>
{
    private const string Password = "password-1";

    private async Task<HttpClient> SignedInAsync(string userName, UserRole role)
    {
        app.Accounts.AddUser(new NewUser(userName, Password, role));
        var client = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await FormPost.SignInAsync(client, userName, Password)).StatusCode);
        return client;
    }

    [Fact]
    public async Task TheAuditCsv_IsFilteredLikeThePage_AndDefusesWhatPeopleTyped()
    {
        var admin = await SignedInAsync("auditor", UserRole.Admin);
        await FormPost.SignInAsync(app.CreateBrowser("192.0.2.44"), "=HYPERLINK(\"http://evil.example\")", "guess");

        var csv = await admin.GetStringAsync("/admin/audit/export.csv?type=SignInFailed");

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time (UTC),event,by,account,address,detail", lines[0]);
        var row = Assert.Single(lines.Skip(1));
        Assert.Contains("SignInFailed,\"'=HYPERLINK(\"\"http://evil.example\"\")\"", row, StringComparison.Ordinal);
        Assert.EndsWith(",192.0.2.44,unknown user name", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryExport_IsInTheAuditLog_WithWhoAndWhat()
    {
        var lead = await SignedInAsync("exporting-lead", UserRole.Lead);
        var admin = await SignedInAsync("exporting-admin", UserRole.Admin);

        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/insights/export/top-searches.csv?days=7")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/team/export/progress.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/team/export/nothing.csv")).StatusCode);
        var csv = await admin.GetStringAsync("/admin/audit/export.csv?type=Exported&user=exporting-lead");

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains(",exporting-lead,", StringComparison.Ordinal) && r.EndsWith("/team/export/progress.csv", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.EndsWith("/insights/export/top-searches.csv?days=7", StringComparison.Ordinal));
    }
}
