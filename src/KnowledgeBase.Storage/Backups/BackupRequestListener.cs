using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Content.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Storage.Backups;

/// <summary>
/// Answers <c>kb backup</c> while the app runs. The app holds the database open, so only the app can copy
/// it consistently (<see cref="DataBackup"/>); <c>kb backup</c> connects to <see cref="BackupSocket"/>,
/// asks, and waits for the finished backup. One request at a time, as backups run one at a time anyway.
/// </summary>
public sealed class BackupRequestListener(
    IServiceProvider services,
    IOptions<BackupOptions> options,
    KnowledgeBasePaths paths,
    ILogger<BackupRequestListener> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Socket? _socket;
    private Task _loop = Task.CompletedTask;
    private int _disposed;

    private string? _listeningPath;

    /// <summary>The socket's path while listening, else null.</summary>
    public string? Listening => Volatile.Read(ref _listeningPath);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var path = BackupSocket.PathOf(paths);
        if (!Socket.OSSupportsUnixDomainSockets || path.Length > BackupSocket.MaxPathLength)
        {
            logger.LogWarning("kb backup cannot reach this app: {Reason}; scheduled backups still run",
                Socket.OSSupportsUnixDomainSockets ? $"the socket path {path} is longer than {BackupSocket.MaxPathLength} characters" : "this system has no Unix domain sockets");
            return Task.CompletedTask;
        }

        try
        {
            CreatePrivateFolder(BackupSocket.FolderOf(paths));

            // A socket file left by a process that died refuses connections; this process owns the data folder now.
            File.Delete(path);
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Bind(new UnixDomainSocketEndPoint(path));
            socket.Listen(4);
            _socket = socket;
            _listeningPath = path;
            _loop = Task.Run(() => AcceptAsync(socket, _stopping.Token), CancellationToken.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SocketException)
        {
            logger.LogWarning(e, "kb backup cannot reach this app: listening on {Path} failed; scheduled backups still run", path);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A minimal-hosting host can dispose its services before stopping them (dotnet/aspnetcore#40271);
        // disposing already stopped the loop, and the socket file is removed either way.
        if (Volatile.Read(ref _disposed) == 0)
        {
            await _stopping.CancelAsync();
        }

        _socket?.Dispose();
        await _loop.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        RemoveSocketFile();
    }

    // Registered as itself and as a hosted service, so the container disposes it twice.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _stopping.Cancel();
        _socket?.Dispose();
        RemoveSocketFile();
        _stopping.Dispose();
    }

    private void RemoveSocketFile()
    {
        if (Interlocked.Exchange(ref _listeningPath, null) is { } path)
        {
            File.Delete(path);
        }
    }

    private static void CreatePrivateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        // Created owner-only before the socket exists in it, so there is no moment anyone else could connect.
        Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private async Task AcceptAsync(Socket socket, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await socket.AcceptAsync(stopping);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            using (client)
            {
                await AnswerAsync(client, stopping);
            }
        }
    }

    private async Task AnswerAsync(Socket client, CancellationToken stopping)
    {
        try
        {
            await using var stream = new NetworkStream(client, ownsSocket: false);
            using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
            var line = await reader.ReadLineAsync(stopping);
            var request = line is null ? null : JsonSerializer.Deserialize<BackupRequest>(line, BackupJson.Options);
            var reply = request is null ? new BackupReply(null, "expected one JSON line: {\"to\":null|\"FOLDER\"}") : Backup(request);
            await writer.WriteLineAsync(JsonSerializer.Serialize(reply, BackupJson.Options).AsMemory(), stopping);
        }
        catch (Exception e) when (e is IOException or SocketException or JsonException or OperationCanceledException)
        {
            logger.LogWarning(e, "A kb backup request could not be answered");
        }
    }

    private BackupReply Backup(BackupRequest request)
    {
        try
        {
            var folder = string.IsNullOrWhiteSpace(request.To) ? options.Value.ResolveFolder(paths) : request.To;
            var result = services.GetRequiredService<DataBackup>().Write(folder, BackupKind.Manual);
            logger.LogInformation("kb backup: backed up the database ({Bytes} bytes) and {TrashFiles} trash files to {Folder}", result.DatabaseBytes, result.TrashFiles, result.Folder);
            return new BackupReply(result, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            logger.LogError(e, "kb backup: the backup failed");
            return new BackupReply(null, e.Message);
        }
    }
}
