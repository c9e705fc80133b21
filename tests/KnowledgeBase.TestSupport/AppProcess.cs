using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KnowledgeBase.TestSupport;

/// <summary>
/// The web app running as its own process on a free 127.0.0.1 port, over a content folder of the
/// test's choosing and a private data folder, for browser tests and the UI benchmark.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _data;

    private AppProcess(Process process, Uri address, string data)
    {
        _process = process;
        Address = address;
        _data = data;
    }

    public Uri Address { get; }

    /// <summary>The app's process id (for reading its memory from outside).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The app's resident memory now, in bytes (Linux: VmRSS from /proc).</summary>
    public long ResidentBytes()
    {
        _process.Refresh();
        return _process.WorkingSet64;
    }

    /// <summary>What the app printed, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// The process's state and its last lines of output, for a setup step the app did not answer:
    /// alive or not, CPU time (a busy app and a stuck one differ there), threads and memory.
    /// </summary>
    public string Describe(int lines = 60)
    {
        _process.Refresh();
        var state = _process.HasExited
            ? $"exited with code {_process.ExitCode}"
            : $"running, CPU {_process.TotalProcessorTime.TotalSeconds:F1} s, {_process.Threads.Count} threads, resident {_process.WorkingSet64 / 1024 / 1024} MB";
        var tail = Output.Split('\n').TakeLast(lines);
        return $"app process {_process.Id} at {DateTime.UtcNow:HH:mm:ss.fff} UTC: {state}; its last {lines} lines:\n{string.Join('\n', tail)}";
    }

    /// <summary>
    /// Every managed thread's stack in the running app, through dotnet-stack (which .ci/run installs in
    /// artifacts/tools): where a hung app waits. Says so when the tool is missing or fails.
    /// </summary>
    public async Task<string> StacksAsync()
    {
        var tool = Path.Combine(RepositoryPaths.Root, "artifacts", "tools", "dotnet-stack");
        if (!File.Exists(tool) || _process.HasExited)
        {
            return $"(no stacks: {(File.Exists(tool) ? "the app has exited" : tool + " is not installed")})";
        }

        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("report");
        start.ArgumentList.Add("-p");
        start.ArgumentList.Add(_process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var stacks = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = stacks.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = stacks.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await stacks.WaitForExitAsync(timeout.Token);
            return await output + await errors;
        }
        catch (OperationCanceledException)
        {
            stacks.Kill(entireProcessTree: true);
            return "(dotnet-stack did not finish within 60 s)";
        }
    }

    /// <summary>
    /// Starts the built app (Debug or Release, as the caller was built) and waits until it answers.
    /// <paramref name="settings"/> are extra environment variables (<c>KnowledgeBase__…</c>).
    /// </summary>
    public static Task<AppProcess> StartAsync(string contentRoot, TimeSpan timeout, IReadOnlyDictionary<string, string>? settings = null) =>
        // Development serves the framework's static assets from the build output (see docs/ENVIRONMENT notes).
        StartAsync(contentRoot, timeout, WebAssembly(), "Development", settings);

    /// <summary>Starts the app from <paramref name="dll"/> (a publish folder's, say) in <paramref name="environment"/>.</summary>
    public static async Task<AppProcess> StartAsync(string contentRoot, TimeSpan timeout, string dll, string environment, IReadOnlyDictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var data = Path.Combine(Path.GetTempPath(), "kb-tests", "app-data-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["KnowledgeBase__ContentPath"] = contentRoot;
        start.Environment["KnowledgeBase__DataPath"] = data;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the web app");
        var app = new AppProcess(process, new Uri($"http://127.0.0.1:{port}/"), data);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Exited += (_, _) => app._started.TrySetException(new InvalidOperationException($"the web app exited with code {process.ExitCode}:\n{app.Output}"));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await app._started.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            await app.DisposeAsync();
            throw new TimeoutException($"the web app did not start within {timeout}:\n{app.Output}");
        }

        return app;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        // Kestrel logs this once it listens; the app answers from then on.
        if (line.Contains("Application started", StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }

    private static string WebAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeBase.Web", "bin", configuration, "net10.0", "KnowledgeBase.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"build the web app first ({configuration}): {dll}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
        }
    }
}
