using System.Diagnostics;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Application.Authoring;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Components.Pages.Authoring;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Authoring;

/// <summary>Saving over a file that changed since it was opened: merged when possible, otherwise both sides with who and when.</summary>
public sealed class EditorMergeTests : WebTestContext
{
    private const string Refunds = "articles/en/returns/refunds";
    private const string RefundsText = "---\ntitle: Refunds\nowner: Payments\n---\n## Restocking fee\n\n15 %.\n\n## Refund time\n\nFive days.\n";

    protected override void Write(TempContentFolder content) => content.Write(Refunds + ".md", RefundsText);

    private IRenderedComponent<EditPage> Edit()
    {
        SignIn("lena", KnowledgeBase.Storage.Accounts.UserRole.Lead);
        Authorization.SetPolicies("Lead");
        return Render<EditPage>(parameters => parameters.Add(p => p.Id, Refunds));
    }

    private string Disk() => File.ReadAllText(Path.Combine(Content.Root, Refunds + ".md"));

    private AuthoringService Authoring => Services.GetRequiredService<AuthoringService>();

    [Fact]
    public void Save_AfterAChangeToOtherLinesOnDisk_MergesBoth_AndSaysWithWhom()
    {
        var page = Edit();
        Content.Write(Refunds + ".md", RefundsText.Replace("Payments", "Billing", StringComparison.Ordinal));

        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n10 %.\n\n## Refund time\n\nFive days.\n");
        page.Find("form").Submit();

        Assert.Equal(RefundsText.Replace("Payments", "Billing", StringComparison.Ordinal).Replace("15 %", "10 %", StringComparison.Ordinal), Disk());
        Assert.Empty(page.FindAll(".conflict"));
        Assert.Contains("merged with a change made on disk outside the app", page.Find(".notice").TextContent, StringComparison.Ordinal);
        // The editor now holds the merged file, so the next save is not a conflict.
        Assert.Equal("Billing", page.Find("#edit-owner").GetAttribute("value"));
    }

    [Fact]
    public void Save_AfterAColleagueChangedTheSameLines_ShowsBothSides_WithTheirNameAndTime_AndWritesNothing()
    {
        var page = Edit();
        var opened = Authoring.Read(Refunds + ".md")!;
        Time.Advance(TimeSpan.FromMinutes(2));
        Authoring.Save(Refunds + ".md", RefundsText.Replace("15 %", "20 %", StringComparison.Ordinal).Replace("Five", "Ten", StringComparison.Ordinal), opened.Hash, new Author("7", "oskar"));

        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n10 %.\n\n## Refund time\n\nFive days.\n");
        page.Find("form").Submit();

        Assert.Equal("oskar saved it at 2026-11-23 10:02 UTC.", page.Find("#conflict-origin").TextContent);
        Assert.Equal("10 %.", page.Find(".merge-mine").TextContent);
        Assert.Equal("20 %.", page.Find(".merge-theirs").TextContent);
        Assert.Contains("Ten days", Disk(), StringComparison.Ordinal);
    }

    [Fact]
    public void Conflict_WithAChangeOutsideTheApp_SaysSo_WithTheFileTime()
    {
        var page = Edit();
        var path = Content.Write(Refunds + ".md", RefundsText.Replace("15 %", "20 %", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, new DateTime(2026, 11, 23, 9, 58, 0, DateTimeKind.Utc));

        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n10 %.\n\n## Refund time\n\nFive days.\n");
        page.Find("form").Submit();

        Assert.Equal("It was changed on disk outside the app (file time 2026-11-23 09:58 UTC).", page.Find("#conflict-origin").TextContent);
    }

    [Fact]
    public void Overwrite_KeepsTheColleaguesChangesToOtherLines_AndShowsWhatItReplacesFirst()
    {
        var page = Edit();
        Content.Write(Refunds + ".md", RefundsText.Replace("15 %", "20 %", StringComparison.Ordinal).Replace("Five", "Ten", StringComparison.Ordinal));
        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n10 %.\n\n## Refund time\n\nFive days.\n");
        page.Find("form").Submit();

        // Before choosing: the diff lists exactly what Overwrite changes on disk, and their "Ten days" is not in it.
        Assert.Equal(["- 20 %."], page.FindAll(".conflict .diff-removed .diff-text").Select(e => e.TextContent));
        page.Find("#conflict-overwrite").Click();

        Assert.Equal(RefundsText.Replace("15 %", "10 %", StringComparison.Ordinal).Replace("Five", "Ten", StringComparison.Ordinal), Disk());
        Assert.Empty(page.FindAll(".conflict"));
    }

    [Fact]
    public void UseTheirs_WhereBothChanged_KeepsMyOtherChanges()
    {
        var page = Edit();
        Content.Write(Refunds + ".md", RefundsText.Replace("15 %", "20 %", StringComparison.Ordinal));
        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n10 %.\n\n## Refund time\n\nThree days.\n");
        page.Find("form").Submit();

        page.Find("#conflict-use-theirs").Click();

        Assert.Equal(RefundsText.Replace("15 %", "20 %", StringComparison.Ordinal).Replace("Five", "Three", StringComparison.Ordinal), Disk());
    }

    [Fact]
    public void InAGitWorkTree_WithoutCommits_TheEditorSaysTheInAppChangesAreUncommitted()
    {
        Git("init", "-q");
        Git("add", "-A");
        Git("-c", "user.name=Setup", "-c", "user.email=setup@example.com", "commit", "-q", "-m", "initial");
        var page = Edit();
        Assert.Empty(page.FindAll("#git-uncommitted"));

        EditorTyping.ReplaceBody(page, "## Restocking fee\n\n10 %.\n");
        page.Find("form").Submit();

        Assert.NotNull(page.Find("#git-uncommitted"));
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Content.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
    }
}
