using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Content.Configuration;

namespace KnowledgeBase.Storage.Backups;

/// <summary><c>kb backup</c>'s side of <see cref="BackupRequestListener"/>: asks the running app for a backup.</summary>
public static class BackupRequestClient
{
    /// <summary>
    /// Asks the app that runs on <paramref name="paths"/>' data folder for a backup into <paramref name="to"/>
    /// (null: its configured folder). Null when no app listens there.
    /// </summary>
    /// <exception cref="IOException">The app answered that the backup failed, or the connection broke.</exception>
    public static BackupResult? TryRequest(KnowledgeBasePaths paths, string? to)
    {
        var path = BackupSocket.PathOf(paths);
        if (!Socket.OSSupportsUnixDomainSockets || !File.Exists(path))
        {
            return null;
        }

        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Connect(new UnixDomainSocketEndPoint(path));
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionRefused or SocketError.AddressNotAvailable)
        {
            // A socket file left by an app that stopped without cleaning up: nobody listens.
            return null;
        }

        using var stream = new NetworkStream(socket, ownsSocket: false);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
        using var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
        writer.WriteLine(JsonSerializer.Serialize(new BackupRequest(to is null ? null : Path.GetFullPath(to)), BackupJson.Options));
        var line = reader.ReadLine() ?? throw new IOException($"The app listening on {path} closed the connection without an answer.");
        var reply = JsonSerializer.Deserialize<BackupReply>(line, BackupJson.Options);
        return reply?.Backup ?? throw new IOException($"The running app could not write the backup: {reply?.Error ?? "no reason given"}");
    }
}
