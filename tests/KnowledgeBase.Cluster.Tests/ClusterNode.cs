using KnowledgeBase.Cluster.Changes;
using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Cluster.Tests;

/// <summary>
/// One node of a cluster as the app composes it, minus the web host: its own copy of the content, its
/// own data folder, the real writer, change log writes and listener against a shared PostgreSQL.
/// </summary>
internal sealed class ClusterNode : IAsyncDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "node-" + Guid.NewGuid().ToString("N"));
    private readonly ClusterDatabase _database;
    private readonly NodeContentGate _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _signal = new();
    private long _applied;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _listening;

    public ClusterNode(string name, string connectionString, Action<TempContentFolder> content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Name = name;
        content(Content);
        var paths = KnowledgeBasePaths.Resolve(Content.Root, _data);
        var options = Options.Create(new ClusterOptions { NodeName = name, ReconnectDelay = TimeSpan.FromMilliseconds(20), MaxReconnectDelay = TimeSpan.FromMilliseconds(200) });
        _database = new ClusterDatabase(connectionString, keepAliveSeconds: 1);
        Writer = new ContentWriter(paths);
        State = new NodeState(paths);
        Applier = new ChangeApplier(Writer, _gate, State, NullLogger<ChangeApplier>.Instance);
        Applier.Applied += OnApplied;
        Writes = new PostgresContentWrites(Writer, _database, _gate, State, options, NullLogger<PostgresContentWrites>.Instance);
        Listener = new ContentChangeListener(_database, Applier, options, TimeProvider.System, NullLogger<ContentChangeListener>.Instance);
    }

    public string Name { get; }

    public TempContentFolder Content { get; } = new();

    public ContentWriter Writer { get; }

    public NodeState State { get; }

    public ChangeApplier Applier { get; }

    public PostgresContentWrites Writes { get; }

    public ContentChangeListener Listener { get; }

    public string Text(string path) => File.ReadAllText(Path.Combine(Content.Root, path));

    public bool Exists(string path) => File.Exists(Path.Combine(Content.Root, path));

    public byte[] Bytes(string path) => File.ReadAllBytes(Path.Combine(Content.Root, path));

    public string Hash(string path) => Writer.Read(path)!.Hash;

    public Task StartAsync() => _listening = Listener.StartAsync(_stop.Token);

    /// <summary>Completes once this node applied every change up to <paramref name="id"/> (a deadline guards against a hang).</summary>
    public async Task AppliedAsync(long id)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (Interlocked.Read(ref _applied) < id)
        {
            Task changed;
            lock (_signal)
            {
                changed = _changed.Task;
            }

            if (Interlocked.Read(ref _applied) >= id)
            {
                break;
            }

            await changed.WaitAsync(deadline.Token);
        }
    }

    /// <summary>The id of the latest change in the log.</summary>
    public long LatestChangeId()
    {
        using var connection = _database.Open();
        using var command = new Npgsql.NpgsqlCommand("SELECT coalesce(max(id), 0) FROM kb_content_changes", connection);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Ends this node's listening connection from the server side, as a dropped network would.</summary>
    public int DropListeningConnection()
    {
        using var connection = _database.Open();
        using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name", connection);
        command.Parameters.AddWithValue("name", ClusterDatabase.ListenerName);
        return (int)(long)command.ExecuteScalar()!;
    }

    public async Task StopAsync()
    {
        if (_listening is not null)
        {
            await Listener.StopAsync(CancellationToken.None);
            _listening = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Listener.Dispose();
        await _database.DisposeAsync();
        _gate.Dispose();
        _stop.Dispose();
        Content.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private void OnApplied(long id)
    {
        Interlocked.Exchange(ref _applied, Math.Max(Interlocked.Read(ref _applied), id));
        TaskCompletionSource done;
        lock (_signal)
        {
            done = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }
}
