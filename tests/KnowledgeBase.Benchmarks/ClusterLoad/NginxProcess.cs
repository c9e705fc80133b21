using System.Diagnostics;
using System.Net.Sockets;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>Debian's nginx in the foreground with <see cref="NginxConfig"/>'s file, stopped with the run.</summary>
internal sealed class NginxProcess : IAsyncDisposable
{
    private readonly Process _process;

    private NginxProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public int ProcessId => _process.Id;

    public static async Task<NginxProcess> StartAsync(IReadOnlyList<int> nodePorts, string workDirectory, int port)
    {
        var binary = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is not installed (Debian: apt-get install -y nginx; deploy/cluster-smoke.sh does this)");
        var folder = Path.Combine(workDirectory, "nginx");
        Directory.CreateDirectory(Path.Combine(folder, "temp"));
        var root = Environment.UserName == "root";
        if (root && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(folder, "temp"), (UnixFileMode)Convert.ToInt32("1777", 8));
        }

        var shipped = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "deploy", "nginx-knowledgebase-cluster.conf"));
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, NginxConfig.Build(shipped, nodePorts, port, folder, root));
        var start = new ProcessStartInfo(binary) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in (string[])["-p", folder, "-e", Path.Combine(folder, "error.log"), "-c", config, "-g", "daemon off;"])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start nginx");
        var nginx = new NginxProcess(process, port);
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
            {
                var log = Path.Combine(folder, "error.log");
                throw new InvalidOperationException($"nginx exited: {await process.StandardError.ReadToEndAsync()} {(File.Exists(log) ? await File.ReadAllTextAsync(log) : string.Empty)}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port);
                return nginx;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        await nginx.DisposeAsync();
        throw new TimeoutException("nginx did not listen within 10 s");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
