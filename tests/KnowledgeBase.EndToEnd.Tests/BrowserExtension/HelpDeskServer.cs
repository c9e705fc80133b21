using System.Net;
using System.Net.Sockets;

namespace KnowledgeBase.EndToEnd.Tests.BrowserExtension;

/// <summary>
/// Serves the help-desk test pages (BrowserExtension/HelpDesk, copied beside the test binaries) on a
/// free 127.0.0.1 port: a real origin of its own, as a help desk is, with its editor in a same-origin iframe.
/// </summary>
internal sealed class HelpDeskServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    };

    private readonly HttpListener _listener = new();
    private readonly string _folder;
    private readonly Task _serving;

    private HelpDeskServer(string folder, int port)
    {
        _folder = folder;
        Address = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public static HelpDeskServer Start() =>
        new(Path.Combine(AppContext.BaseDirectory, "BrowserExtension", "HelpDesk"), FreePort());

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception error) when (error is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await RespondAsync(context);
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        // Only files directly in the folder, by name: nothing else on the machine is served.
        var name = Path.GetFileName(context.Request.Url?.AbsolutePath ?? "/");
        var path = Path.Combine(_folder, string.IsNullOrEmpty(name) ? "helpdesk.html" : name);
        using var response = context.Response;
        if (!File.Exists(path) || !ContentTypes.TryGetValue(Path.GetExtension(path), out var type))
        {
            response.StatusCode = 404;
            return;
        }

        var body = await File.ReadAllBytesAsync(path);
        response.ContentType = type;
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
    }

    /// <summary>A port nobody listens on (for a server that is down).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
