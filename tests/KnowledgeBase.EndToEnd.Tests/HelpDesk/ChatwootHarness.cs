using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KnowledgeBase.EndToEnd.Tests.HelpDesk;

/// <summary>
/// A stand-in for Chatwoot's dashboard on its own origin (127.0.0.1 on a port of its own): a page that
/// frames the app at ~400 px beside a "conversation" and behaves as Chatwoot's dashboard-app frame
/// does (Frame.vue): it posts <c>JSON.stringify({ event: 'appContext', data: { conversation, contact,
/// currentAgent } })</c> to the frame when the frame loads and whenever the frame asks with
/// <c>'chatwoot-dashboard-app:fetch-info'</c>. <c>?src=</c> names the app page to frame,
/// <c>?preload=1</c> has a conversation ready before the frame loads.
/// </summary>
public sealed class ChatwootHarness : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Uri _app;

    /// <summary>Serves on <paramref name="port"/> (see <see cref="FreePort"/>), framing pages of the app at <paramref name="app"/>.</summary>
    public ChatwootHarness(int port, Uri app)
    {
        _app = app;
        Origin = OriginOf(port);
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _ = ServeAsync();
    }

    public static string OriginOf(int port) => $"http://127.0.0.1:{port}";

    /// <summary>The harness's origin, as a browser writes it in <c>event.origin</c>.</summary>
    public string Origin { get; }

    /// <summary>The harness page framing <paramref name="appPath"/>.</summary>
    public string PageFor(string appPath = "/embed/chatwoot", bool preload = false) =>
        $"{Origin}/chatwoot?src={Uri.EscapeDataString(appPath)}{(preload ? "&preload=1" : null)}";

    /// <summary>A free port now, for an origin to configure before the harness on it starts.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var src = context.Request.QueryString["src"] ?? "/embed/chatwoot";
            var body = Encoding.UTF8.GetBytes(Page(new Uri(_app, src).ToString(), context.Request.QueryString["preload"] == "1"));
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private static string Page(string frameUrl, bool preload) => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Chatwoot (test harness)</title>
        <style>
          body { margin: 0; display: flex; font: 14px system-ui, sans-serif; height: 100vh; }
          .conversation { flex: 1; padding: 1rem 1.5rem; background: #f4f6fb; }
          .bubble { background: #fff; border-radius: 8px; padding: .5rem .75rem; margin: .5rem 0; max-width: 32rem; }
          iframe { width: 400px; height: 100%; border: 0; border-left: 1px solid #d0d5dd; }
        </style></head>
        <body>
          <section class="conversation"><h1>Conversation #42</h1><p class="bubble" id="last-message">My parcel never arrived, order BC-2026-104233. Where is it?</p></section>
          <iframe id="dashboard-app--frame-0-0" src="{{frameUrl}}"></iframe>
          <script>
            window.kbTest = { requests: 0, loaded: false, payload: null };
            window.context = (id, name, email, message) => ({
              event: 'appContext',
              data: {
                conversation: {
                  id,
                  meta: { sender: { id: 7, name, email }, channel: 'Channel::WebWidget' },
                  messages: [
                    { id: 1, content: 'Hello?', message_type: 0, private: false },
                    { id: 2, content: 'Hi, how can I help?', message_type: 1, private: false },
                    { id: 3, content: message, message_type: 0, private: false },
                    { id: 4, content: 'Internal: check the carrier first', message_type: 1, private: true },
                  ],
                },
                contact: { id: 7, name, email },
                currentAgent: { id: 1, name: 'Ada Admin', email: 'ada@example.com' },
              },
            });
            const frame = document.getElementById('dashboard-app--frame-0-0');
            const post = (data) => { frame.contentWindow.postMessage(data, '*'); return Date.now(); };
            // As Chatwoot: the context on the frame's load, and on every fetch-info request.
            frame.addEventListener('load', () => { kbTest.loaded = true; if (kbTest.payload) { post(kbTest.payload); } });
            window.addEventListener('message', (event) => {
              if (event.source === frame.contentWindow && event.data === 'chatwoot-dashboard-app:fetch-info') {
                kbTest.requests += 1;
                if (kbTest.payload) { post(kbTest.payload); }
              }
            });
            window.send = (payload) => { kbTest.payload = JSON.stringify(payload); return post(kbTest.payload); };
            window.sendRaw = (data) => post(data);
            if ({{(preload ? "true" : "false")}}) {
              kbTest.payload = JSON.stringify(context(42, 'Jana Nováková', 'jana@example.com', document.getElementById('last-message').textContent));
            }
          </script>
        </body></html>
        """;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
