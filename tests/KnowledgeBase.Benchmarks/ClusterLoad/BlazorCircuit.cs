using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>
/// One browser tab on the search page, as far as the server can tell: the page is fetched with the
/// tab's cookies (so nginx pins it to a node with kb_node), then the circuit is started over
/// /_blazor the way blazor.web.js does it (StartCircuit, then UpdateRootComponents with the page's
/// markers). Every JS call the server makes is answered (null, like a void call) and every render
/// batch is acknowledged, as the real client does: the server holds back rendering when batches go
/// unacknowledged. The page's search box object arrives with <c>kbSearch.attach</c>.
/// </summary>
internal sealed class BlazorCircuit : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly TaskCompletionSource<long> _attached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _callId;
    private int _errors;
    private volatile bool _closing;

    private BlazorCircuit(HubConnection connection)
    {
        _connection = connection;
    }

    /// <summary>Called with every render batch's bytes before it is acknowledged (on the connection's receive loop).</summary>
    public Action<byte[]>? BatchReceived { get; set; }

    /// <summary>JS.Error messages and failed .NET calls seen so far.</summary>
    public int Errors => Volatile.Read(ref _errors);

    /// <summary>The connection closed while the run still wanted it.</summary>
    public bool Disconnected { get; private set; }

    /// <summary>The id of the search page's DotNetObjectReference (what the browser calls Typed on).</summary>
    public long SearchPage { get; private set; }

    public static async Task<BlazorCircuit> OpenAsync(Uri baseAddress, CookieContainer cookies, CancellationToken cancellation)
    {
        // The page first, with the tab's cookies: it holds the markers, and nginx answers it with the
        // kb_node cookie that sends the negotiate request and the WebSocket to the same node.
        string html;
        using (var http = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress })
        using (var page = await http.GetAsync("/", cancellation))
        {
            if (page.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET / answered {(int)page.StatusCode} {page.Headers.Location}");
            }

            html = await page.Content.ReadAsStringAsync(cancellation);
        }

        var markers = CircuitMarkers.Parse(html);
        if (markers.Markers.Count == 0)
        {
            throw new InvalidOperationException("the search page has no server component markers (not interactive?)");
        }

        var builder = new HubConnectionBuilder().WithUrl(new Uri(baseAddress, "_blazor"), options =>
        {
            options.Cookies = cookies;
            options.Transports = HttpTransportType.WebSockets;
        });
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol>(new BlazorPackProtocol());
        var circuit = new BlazorCircuit(builder.Build());
        try
        {
            circuit.Listen();
            await circuit._connection.StartAsync(cancellation);
            var id = await circuit._connection.InvokeAsync<string?>("StartCircuit", baseAddress.ToString(), baseAddress.ToString(), "[]", markers.ApplicationState, cancellation);
            if (string.IsNullOrEmpty(id))
            {
                throw new InvalidOperationException("StartCircuit was refused");
            }

            await circuit._connection.SendAsync("UpdateRootComponents", markers.AddOperationsJson(), markers.ApplicationState, cancellation);
            circuit.SearchPage = await circuit._attached.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellation);
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }

        return circuit;
    }

    /// <summary>What search-box.js sends for a change of the box: <c>Typed(sequence, text)</c> on the page's object.</summary>
    public Task TypedAsync(long sequence, string text, CancellationToken cancellation) =>
        InvokePageAsync("Typed", JsonSerializer.Serialize(new object[] { sequence, text }), cancellation);

    /// <summary>What search-box.js sends for a key the page acts on (Esc before clearing the box).</summary>
    public Task KeyAsync(long sequence, string key, CancellationToken cancellation) =>
        InvokePageAsync("Key", JsonSerializer.Serialize(new object[] { sequence, key, false }), cancellation);

    private Task InvokePageAsync(string method, string argsJson, CancellationToken cancellation)
    {
        // A call id, as invokeMethodAsync sends one: the server answers each with JS.EndInvokeDotNet.
        var callId = Interlocked.Increment(ref _callId).ToString(CultureInfo.InvariantCulture);
        return _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, method, SearchPage, argsJson, cancellation);
    }

    private void Listen()
    {
        _connection.On<long, byte[]>("JS.RenderBatch", async (batchId, data) =>
        {
            BatchReceived?.Invoke(data);
            await _connection.SendAsync("OnRenderCompleted", batchId, (string?)null);
        });

        // (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType) in .NET 10.
        _connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", async (handle, identifier, argsJson, _, _, _) =>
        {
            if (identifier == "kbSearch.attach")
            {
                _attached.TrySetResult(JsonNode.Parse(argsJson)![0]!["__dotNetObject"]!.GetValue<long>());
            }

            if (handle != 0)
            {
                await _connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,null]");
            }
        });
        _connection.On<string, bool, string>("JS.EndInvokeDotNet", (_, succeeded, _) =>
        {
            if (!succeeded)
            {
                Interlocked.Increment(ref _errors);
            }
        });
        _connection.On<string>("JS.Error", _ => Interlocked.Increment(ref _errors));

        // Messages a tab gets and has nothing to do with here; handled so they are not binding failures.
        _connection.On<int, string>("JS.AttachComponent", (_, _) => { });
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
        _connection.Closed += _ =>
        {
            // Closing it ourselves is not a disconnect.
            Disconnected = !_closing;
            _attached.TrySetException(new InvalidOperationException("the circuit's connection closed"));
            return Task.CompletedTask;
        };
    }

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        await _connection.DisposeAsync();
    }
}
