using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Postgres;
using Npgsql;

namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>
/// What deploy/cluster-smoke.sh sets up, for a load run: a throwaway PostgreSQL, one or two published
/// app nodes on it (Production, each with its own copy of the content, data folder and home, so the
/// Data Protection keys really come from PostgreSQL), and nginx in front with the shipped config; the
/// first account made through nginx on /setup, as a browser does. Disposing stops all of it.
/// </summary>
internal sealed partial class ClusterRig : IAsyncDisposable
{
    /// <summary>The account every agent uses (see docs/benchmarks.md: one account, its search-log limits lifted).</summary>
    public const string UserName = "bench-lead";

    private const string Password = "bench-password-cluster-load";
    private readonly List<IAsyncDisposable> _started = [];

    private ClusterRig(string work, TemporaryPostgres postgres)
    {
        Work = work;
        Postgres = postgres;
    }

    public string Work { get; }

    public TemporaryPostgres Postgres { get; }

    public IReadOnlyList<AppProcess> Nodes { get; private set; } = [];

    public IReadOnlyList<int> NodePorts => Nodes.Select(n => n.Address.Port).ToList();

    public NginxProcess Nginx { get; private set; } = null!;

    public Uri Address => new($"http://127.0.0.1:{Nginx.Port}/");

    /// <summary>The signed-in account's cookies (no kb_node: each agent gets its own node from nginx).</summary>
    public CookieCollection SignInCookies { get; private set; } = [];

    public int PostmasterId { get; private set; }

    public static async Task<ClusterRig> StartAsync(string app, string content, int nodes, string work, CancellationToken cancellation)
    {
        Directory.CreateDirectory(work);
        var rig = new ClusterRig(work, new TemporaryPostgres());
        try
        {
            rig.PostmasterId = PostmasterOf(rig.Postgres.ConnectionString);
            var started = new List<Task<AppProcess>>();
            for (var n = 1; n <= nodes; n++)
            {
                var dir = Path.Combine(work, $"node{n}");
                var home = Path.Combine(dir, "home");
                Directory.CreateDirectory(home);
                var contentCopy = Path.Combine(dir, "content");
                CopyFolder(content, contentCopy);
                started.Add(AppProcess.StartAsync(contentCopy, TimeSpan.FromMinutes(3), Path.Combine(app, "KnowledgeBase.Web.dll"), "Production", new Dictionary<string, string>
                {
                    ["HOME"] = home,
                    ["DOTNET_CLI_HOME"] = home,
                    ["KnowledgeBase__Database__Provider"] = "Postgres",
                    ["KnowledgeBase__Database__ConnectionString"] = rig.Postgres.ConnectionString,
                    ["KnowledgeBase__Cluster__NodeName"] = $"node{n}",

                    // All agents share one account: lift the per-user search-log limits that would otherwise
                    // drop most of their searches from the log (N people would each have their own allowance).
                    ["KnowledgeBase__RateLimits__SearchLogPermitLimit"] = "1000000",
                    ["KnowledgeBase__RateLimits__SearchLogRepeatWindow"] = "00:00:00.001",
                }));
            }

            foreach (var node in started)
            {
                rig._started.Add(await node);
            }

            rig.Nodes = rig._started.OfType<AppProcess>().ToList();
            using (var probe = new HttpClient())
            {
                foreach (var node in rig.Nodes)
                {
                    await WaitReadyAsync(probe, node, cancellation);
                }
            }

            rig.Nginx = await NginxProcess.StartAsync(rig.NodePorts, work, FreePort());
            rig._started.Add(rig.Nginx);
            rig.SignInCookies = await CreateAccountAsync(rig.Address, cancellation);
            return rig;
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    /// <summary>A cookie jar for one agent: the account's cookies, no node yet.</summary>
    public CookieContainer NewAgentCookies()
    {
        var jar = new CookieContainer();
        jar.Add(SignInCookies);
        return jar;
    }

    /// <summary>Established connections on each node's port (nginx's WebSockets, plus up to 32 idle keep-alive connections).</summary>
    public IReadOnlyList<int> ConnectionsPerNode()
    {
        var lines = File.ReadLines("/proc/net/tcp").Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return NodePorts.Select(port => lines.Count(f => f[3] == "01" && f[1].EndsWith(":" + port.ToString("X4"), StringComparison.Ordinal))).ToList();
    }

    private static async Task WaitReadyAsync(HttpClient probe, AppProcess node, CancellationToken cancellation)
    {
        // Ready once the search index holds the whole content folder (the handbook takes a while).
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(5))
        {
            try
            {
                using var ready = await probe.GetAsync(new Uri(node.Address, "healthz/ready"), cancellation);
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250, cancellation);
        }

        throw new TimeoutException($"node {node.Address} was not ready within 5 minutes:\n{node.Output}");
    }

    // The first account, made on /setup the way a browser posts the form (antiforgery token included).
    private static async Task<CookieCollection> CreateAccountAsync(Uri address, CancellationToken cancellation)
    {
        var jar = new CookieContainer();
        using var http = new HttpClient(new SocketsHttpHandler { CookieContainer = jar, AllowAutoRedirect = false }) { BaseAddress = address };
        var form = await http.GetStringAsync("/setup", cancellation);
        var token = AntiforgeryToken().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("/setup shows no form (the database already has accounts?)");
        }

        using var posted = await http.PostAsync("/setup", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token.Groups[1].Value,
            ["_handler"] = "setup",
            ["Input.UserName"] = UserName,
            ["Input.DisplayName"] = "Load Bench",
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        }), cancellation);
        if (posted.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"creating the account answered {(int)posted.StatusCode}");
        }

        var cookies = new CookieCollection();
        foreach (Cookie cookie in jar.GetAllCookies())
        {
            if (cookie.Name != "kb_node")
            {
                cookies.Add(cookie);
            }
        }

        return cookies;
    }

    private static int PostmasterOf(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SHOW data_directory", connection);
        var data = (string)command.ExecuteScalar()!;
        return int.Parse(File.ReadLines(Path.Combine(data, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryToken();

    public async ValueTask DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
        {
            try
            {
                await _started[i].DisposeAsync();
            }
            catch (Exception e) when (e is InvalidOperationException or IOException)
            {
                // Already gone: nothing left to stop.
            }
        }

        NpgsqlConnection.ClearAllPools();
        Postgres.Dispose();
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
