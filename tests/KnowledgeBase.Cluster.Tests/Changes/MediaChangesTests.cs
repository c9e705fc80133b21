using KnowledgeBase.Content.Authoring;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Postgres;

namespace KnowledgeBase.Cluster.Tests.Changes;

/// <summary>
/// A picture a lead attaches in one node's editor must show on every node: an SOP saved on node A
/// links to it, and an agent whose browser is sticky to node B would otherwise see a broken image.
/// </summary>
public sealed class MediaChangesTests(TemporaryPostgres postgres) : IClassFixture<TemporaryPostgres>, IAsyncLifetime
{
    private const string Picture = "media/en/refunds-0123456789.png";
    private static readonly byte[] Bytes = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 1, 2, 255];

    private ClusterNode _a = null!;
    private ClusterNode _b = null!;
    private string _database = null!;

    public Task InitializeAsync()
    {
        var database = _database = postgres.CreateDatabase();
        _a = new ClusterNode("node-a", database, _ => { });
        _b = new ClusterNode("node-b", database, _ => { });
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AFileAttachedOnOneNode_ReachesTheOtherNode()
    {
        await _b.StartAsync();

        var attached = _a.Writes.CreateMedia(Picture, Bytes);
        await _b.AppliedAsync(_a.LatestChangeId());

        Assert.Equal(SaveStatus.Saved, attached.Status);
        Assert.Equal(Bytes, _b.Bytes(Picture));
    }

    [Fact]
    public async Task AFileAttachedWhileANodeWasDown_ReachesItAtStart()
    {
        _a.Writes.CreateMedia(Picture, Bytes);

        await _b.StartAsync();
        await _b.AppliedAsync(_a.LatestChangeId());

        Assert.Equal(Bytes, _b.Bytes(Picture));
    }

    [Fact]
    public void AttachingTheSameFileAgain_OnEitherNode_IsRecordedOnce()
    {
        _a.Writes.CreateMedia(Picture, Bytes);
        var recorded = _a.LatestChangeId();

        Assert.Equal(SaveStatus.AlreadyExists, _a.Writes.CreateMedia(Picture, Bytes).Status);

        // Node B is not listening, so the file is new there: written, and not recorded a second time.
        Assert.Equal(SaveStatus.Saved, _b.Writes.CreateMedia(Picture, Bytes).Status);

        Assert.Equal(recorded, _a.LatestChangeId());
        Assert.Equal(Bytes, _b.Bytes(Picture));
    }

    [Fact]
    public void OtherBytes_UnderANameAnotherNodeRecorded_AreAConflict_SoTheFileIsNamedByItsFullHash()
    {
        _a.Writes.CreateMedia(Picture, Bytes);

        var other = _b.Writes.CreateMedia(Picture, [.. Bytes, 42]);

        Assert.Equal(SaveStatus.Conflict, other.Status);
        Assert.False(_b.Exists(Picture));
    }

    [Fact]
    public async Task AFileLeftOnOneNodeByAnAttachThatFailed_IsRecorded_WhenItIsAttachedAgain()
    {
        // What an attach leaves when the database stops answering after the file was written here.
        var left = Path.Combine(_a.Content.Root, Picture);
        Directory.CreateDirectory(Path.GetDirectoryName(left)!);
        File.WriteAllBytes(left, Bytes);
        await _b.StartAsync();

        Assert.Equal(SaveStatus.AlreadyExists, _a.Writes.CreateMedia(Picture, Bytes).Status);
        await _b.AppliedAsync(_a.LatestChangeId());

        Assert.Equal(Bytes, _b.Bytes(Picture));
    }

    [Fact]
    public async Task AFileANodeCannotWriteYet_IsWrittenAtItsNextCatchUp_NotSkipped()
    {
        _a.Writes.CreateMedia(Picture, Bytes);
        var blocker = Path.Combine(_b.Content.Root, "media");
        File.WriteAllText(blocker, "a file where node B's media folder goes: writes under it fail");
        await using var connection = new Npgsql.NpgsqlConnection(_database);
        await connection.OpenAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => _b.Applier.CatchUpAsync(connection, CancellationToken.None));
        File.Delete(blocker);
        await _b.Applier.CatchUpAsync(connection, CancellationToken.None);

        Assert.Equal(Bytes, _b.Bytes(Picture));
    }

    [Fact]
    public async Task AFileAttached_WhenTheDatabaseDoesNotAnswer_IsReportedAsNotAttached()
    {
        await using var offline = new ClusterNode("offline", "Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2", _ => { });

        var failure = Assert.Throws<ContentWriteException>(() => offline.Writes.CreateMedia(Picture, Bytes));

        Assert.Equal(WriteProblem.SharedStoreUnavailable, failure.Problem);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }
}
