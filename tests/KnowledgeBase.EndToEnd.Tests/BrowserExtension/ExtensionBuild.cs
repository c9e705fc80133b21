using System.Diagnostics;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.EndToEnd.Tests.BrowserExtension;

/// <summary>
/// The unpacked extension the tests load: built with npm (<c>npm ci</c>, <c>npm run build</c>) when
/// <c>dist/</c> is missing or older than any of its sources, so a plain <c>dotnet test</c> tests the
/// extension as it is in the tree. <c>.ci/run</c> builds it too, before the tests.
/// </summary>
internal static class ExtensionBuild
{
    private static readonly Lazy<Task<string>> Built = new(BuildAsync);

    public static string ProjectFolder { get; } = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.BrowserExtension");

    /// <summary>The Chromium build, the folder <c>--load-extension</c> takes.</summary>
    public static string ChromiumOutput { get; } = Path.Combine(ProjectFolder, "dist", "chromium");

    private static string Stamp => Path.Combine(ProjectFolder, "dist", "build-stamp.txt");

    /// <summary>npm, if it is on the PATH.</summary>
    public static string? Npm { get; } = FindOnPath("npm");

    public static Task<string> EnsureBuiltAsync() => Built.Value;

    private static async Task<string> BuildAsync()
    {
        if (File.Exists(Stamp) && File.GetLastWriteTimeUtc(Stamp) >= NewestSource())
        {
            return ChromiumOutput;
        }

        var npm = Npm ?? throw new InvalidOperationException("npm is not on the PATH: install Node.js 20 to build the browser extension.");
        var lockFile = Path.Combine(ProjectFolder, "package-lock.json");
        var installed = Path.Combine(ProjectFolder, "node_modules", ".package-lock.json");
        if (!File.Exists(installed) || File.GetLastWriteTimeUtc(installed) < File.GetLastWriteTimeUtc(lockFile))
        {
            await RunAsync(npm, "ci", "--no-audit", "--no-fund");
        }

        await RunAsync(npm, "run", "build");
        return ChromiumOutput;
    }

    private static DateTime NewestSource()
    {
        var files = Directory.EnumerateFiles(Path.Combine(ProjectFolder, "src"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(ProjectFolder, "static"), "*", SearchOption.AllDirectories))
            .Concat(new[] { "manifest.json", "build.mjs", "package.json", "package-lock.json", "tsconfig.json" }.Select(name => Path.Combine(ProjectFolder, name)));
        return files.Where(File.Exists).Max(File.GetLastWriteTimeUtc);
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = ProjectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}) in {ProjectFolder}:\n{await output}\n{await error}");
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
