namespace KnowledgeBase.EndToEnd.Tests.BrowserExtension;

/// <summary>
/// A browser-extension test: it needs Chromium and Node.js (npm builds the extension). On a developer
/// machine without either it is skipped, saying which; in CI (the CI variable is set) it runs and
/// fails, because a missing tool there is a broken setup (<c>.ci/run</c> installs both).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ExtensionFactAttribute : FactAttribute
{
    public ExtensionFactAttribute()
    {
        Skip = SkipReason;
    }

    /// <summary>Why extension tests cannot run here, or null.</summary>
    public static string? SkipReason { get; } = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        ? null
        : !File.Exists(BrowserFixture.ChromiumPath)
            ? $"Chromium not found at {BrowserFixture.ChromiumPath}; install it (apt-get install chromium) or run bash .ci/run."
            : ExtensionBuild.Npm is null
                ? "Node.js (npm) not found on the PATH; the browser extension is built with npm. Install Node.js 20 or run bash .ci/run."
                : null;
}
