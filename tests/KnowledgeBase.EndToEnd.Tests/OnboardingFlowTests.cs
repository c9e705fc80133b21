using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>A new hire follows a learning path to the end and their lead sees it; a lead's edit asks them to re-read.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OnboardingFlowTests(BrowserFixture fixture)
{
    static OnboardingFlowTests()
    {
        SetDefaultExpectTimeout(15_000);
    }

    private async Task<IPage> SignedInAsync(string userName, string path)
    {
        var page = await fixture.NewPageAsync(fixture.App.Address);
        await BrowserFixture.SignInAsync(page, userName, BrowserFixture.Password);
        await page.GotoAsync(path);
        await page.Locator("body[data-ready=true]").WaitForAsync();
        return page;
    }

    private static async Task GoAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("body[data-ready=true]").WaitForAsync();
    }

    // Each page the flow passes is also screenshotted and checked with axe (no serious or critical violations).
    private static async Task CheckPageAsync(IPage page, string screenshot)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, screenshot), FullPage = true });
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("; ", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
    }

    [BrowserFact]
    public async Task NewHireCompletesAPath_LeadSeesItComplete_AndAnEditAsksForARereadWithTheChanges()
    {
        // A small path of its own (the app reloads content on file change), built from shipped SOPs.
        var slug = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        fixture.Content.Write($"templates/en/onboarding/{slug}.md",
            "---\ntitle: Parcel on its way\nchannels: [email]\nfields:\n  - name: customer.first_name\n    label: Customer's first name\n    required: true\n---\nHi {{ customer.first_name }}, your parcel is on its way.\n");
        fixture.Content.Write($"paths/{slug}.yml", $"""
            title: Path {slug}
            role: customer-service specialist
            language: en
            steps:
              - read: articles/en/products/warranty
              - practise: templates/en/onboarding/{slug}
                scenario: Jana asks where her parcel is; it left the warehouse this morning.
              - check: articles/en/support/troubleshooting#escalate-safety
            """);
        var hire = await fixture.AddUserAsync("Agent");
        var leadName = await fixture.AddUserAsync("Lead");
        var lead = await SignedInAsync(leadName, "/team");

        await Expect(lead.Locator($"#assign-path option[value='paths/{slug}']")).ToHaveCountAsync(1);
        await lead.Locator("#assign-user").SelectOptionAsync(hire);
        await lead.Locator("#assign-path").SelectOptionAsync($"paths/{slug}");
        await lead.Locator("#assign-submit").ClickAsync();
        await Expect(lead.Locator("#assign-message")).ToContainTextAsync("Assigned");

        // Read and acknowledge.
        var page = await SignedInAsync(hire, "/onboarding");
        await Expect(page.Locator(".path-progress h2")).ToHaveTextAsync($"Path {slug}");
        await Expect(page.Locator(".path-count")).ToHaveTextAsync("0 of 3 steps");
        await page.Locator(".next-step").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Warranty");
        await page.Locator("#acknowledge").ClickAsync();
        await Expect(page.Locator(".acknowledged")).ToContainTextAsync("read and understood");

        // Practise the template for the scenario.
        await GoAsync(page, "/onboarding");
        await Expect(page.Locator(".path-count")).ToHaveTextAsync("1 of 3 steps");
        await page.Locator(".next-step").ClickAsync();
        await Expect(page.Locator("#scenario")).ToContainTextAsync("Jana asks where her parcel is");
        await page.Locator("#practise-customer-first-name").FillAsync("Jana");
        await Expect(page.Locator("#practise-preview")).ToContainTextAsync("Hi Jana, your parcel is on its way.");
        await page.Locator("#practise-copy").ClickAsync();
        await Expect(page.Locator("#practise-done")).ToContainTextAsync("Done");

        // Pass the check (after a wrong first answer).
        await GoAsync(page, "/onboarding");
        await page.Locator(".next-step").ClickAsync();
        var options = page.Locator(".knowledge-check input[type=radio]");
        await options.Nth(1).CheckAsync();
        await page.Locator(".check-submit").ClickAsync();
        await Expect(page.Locator(".check-result")).ToHaveTextAsync("Not quite.");
        await page.Locator(".check-retry").ClickAsync();
        await options.Nth(0).CheckAsync();
        await page.Locator(".check-submit").ClickAsync();
        await Expect(page.Locator(".check-result")).ToHaveTextAsync("Correct.");
        await Expect(page.Locator(".check-explanation")).ToContainTextAsync("safety risk");
        await CheckPageAsync(page, "onboarding-check.png");

        await GoAsync(page, "/onboarding");
        await Expect(page.Locator(".path-done")).ToContainTextAsync("Complete");
        await CheckPageAsync(page, "onboarding-complete.png");

        // The lead sees it complete.
        await GoAsync(lead, "/team");
        await Expect(lead.Locator($"#team-progress tr[data-user='{hire}'][data-path='paths/{slug}'] .team-state")).ToHaveTextAsync("Complete");
        await CheckPageAsync(lead, "team.png");

        // A material edit to the SOP through the editor asks the new hire to re-read it, with the change.
        await GoAsync(lead, "/edit/articles/en/products/warranty");
        var body = lead.Locator("#edit-body");
        await body.FocusAsync();
        await lead.Keyboard.PressAsync("Control+End");
        await lead.Keyboard.TypeAsync("\n\nRefurbished products carry a 12-month guarantee.");
        await Expect(lead.Locator("#preview-body")).ToContainTextAsync("12-month guarantee");
        await lead.Locator("#editor-save").ClickAsync();
        await Expect(lead.Locator("[role=status]").First).ToContainTextAsync("Saved");

        await GoAsync(page, "/onboarding");
        await Expect(page.Locator(".outdated-reads")).ToContainTextAsync("Updated since you read it", new() { Timeout = 10_000 });
        await Expect(page.Locator(".outdated-reads")).ToContainTextAsync("Warranty");
        await Expect(page.Locator(".path-count")).ToHaveTextAsync("2 of 3 steps");
        await page.Locator(".outdated-reads summary").ClickAsync();
        await Expect(page.Locator(".outdated-reads .diff-added").Last).ToContainTextAsync("12-month guarantee");
        await CheckPageAsync(page, "onboarding-updated.png");

        await GoAsync(lead, "/team");
        await Expect(lead.Locator("#team-outdated")).ToContainTextAsync("Warranty");
    }
}
