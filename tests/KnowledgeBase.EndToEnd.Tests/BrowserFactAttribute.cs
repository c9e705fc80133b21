namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>
/// A browser test. Without Chromium it is skipped on a developer machine, with a hint how to get it;
/// in CI (the CI variable is set) it runs and fails, because a missing browser there is a broken setup.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"Chromium not found at {BrowserFixture.ChromiumPath}; install it (apt-get install chromium) or run bash .ci/run.";
        }
    }
}
