using KnowledgeBase.Content.Authoring;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Postgres;

namespace KnowledgeBase.Cluster.Tests.Changes;

/// <summary>Two nodes, each with its own content folder, sharing one real PostgreSQL database per test.</summary>
public sealed class ContentChangesTests(TemporaryPostgres postgres) : IClassFixture<TemporaryPostgres>, IAsyncLifetime
{
    private const string Refunds = "articles/en/returns/refunds.md";
    private const string Original = "---\ntitle: Refunds\n---\n## Restocking fee\n\n15 %.\n";

    private ClusterNode _a = null!;
    private ClusterNode _b = null!;

    public Task InitializeAsync()
    {
        var database = postgres.CreateDatabase();
        _a = new ClusterNode("node-a", database, Deploy);
        _b = new ClusterNode("node-b", database, Deploy);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Save_OnOneNode_ReachesTheOtherNodesContentFolder()
    {
        await _b.StartAsync();
        var text = Original.Replace("15 %", "20 %", StringComparison.Ordinal);

        var saved = _a.Writes.Save(Refunds, text, TextHash.Of(Original));
        await _b.AppliedAsync(_a.LatestChangeId());

        Assert.Equal(SaveStatus.Saved, saved.Status);
        Assert.Equal(text, _b.Text(Refunds));
    }

    [Fact]
    public void Save_FromAnOlderVersion_IsRefusedOnTheOtherNode_EvenBeforeItHeardOfTheChange()
    {
        var first = Original.Replace("15 %", "20 %", StringComparison.Ordinal);
        Assert.True(_a.Writes.Save(Refunds, first, TextHash.Of(Original)).IsSaved);

        // Node B is not listening: its file is still the original, which its lead opened.
        var refused = _b.Writes.Save(Refunds, Original.Replace("15 %", "25 %", StringComparison.Ordinal), TextHash.Of(Original));

        Assert.Equal(SaveStatus.Conflict, refused.Status);
        Assert.Equal(first, refused.Current!.Text);
        Assert.Equal(first, _b.Text(Refunds));
    }

    [Fact]
    public async Task SimultaneousSaves_OfOneFile_OnBothNodes_GiveExactlyOneConflict_AndLoseNoText()
    {
        await _a.StartAsync();
        await _b.StartAsync();
        var fromA = Original.Replace("15 %", "20 % (A)", StringComparison.Ordinal);
        var fromB = Original.Replace("15 %", "30 % (B)", StringComparison.Ordinal);
        using var start = new Barrier(2);

        var results = await Task.WhenAll(
            Task.Run(() => { start.SignalAndWait(); return _a.Writes.Save(Refunds, fromA, TextHash.Of(Original)); }),
            Task.Run(() => { start.SignalAndWait(); return _b.Writes.Save(Refunds, fromB, TextHash.Of(Original)); }));
        var latest = _a.LatestChangeId();
        await _a.AppliedAsync(latest);
        await _b.AppliedAsync(latest);

        Assert.Single(results, r => r.Status == SaveStatus.Saved);
        Assert.Single(results, r => r.Status == SaveStatus.Conflict);
        var winner = results[0].IsSaved ? fromA : fromB;
        Assert.Equal(winner, results.Single(r => !r.IsSaved).Current!.Text);
        Assert.Equal((winner, winner), (_a.Text(Refunds), _b.Text(Refunds)));
    }

    [Fact]
    public async Task NodeThatWasDown_CatchesUpAtStart_FromTheLastChangeItApplied()
    {
        await _b.StartAsync();
        var first = Original.Replace("15 %", "20 %", StringComparison.Ordinal);
        _a.Writes.Save(Refunds, first, TextHash.Of(Original));
        await _b.AppliedAsync(_a.LatestChangeId());
        await _b.StopAsync();

        var second = first.Replace("20 %", "22 %", StringComparison.Ordinal);
        _a.Writes.Save(Refunds, second, TextHash.Of(first));
        _a.Writes.Create("templates/en/new.md", "---\ntitle: New\nchannels: [email]\n---\nHello.\n");
        var latest = _a.LatestChangeId();
        Assert.Equal(first, _b.Text(Refunds));
        await _b.StartAsync();
        await _b.AppliedAsync(latest);

        Assert.Equal(second, _b.Text(Refunds));
        Assert.True(_b.Exists("templates/en/new.md"));
        Assert.Equal(latest, _b.State.LastApplied());
    }

    [Fact]
    public async Task DroppedConnection_IsReestablished_AndTheChangesMeanwhileArrive()
    {
        await _b.StartAsync();
        _a.Writes.Create("templates/en/first.md", "---\ntitle: First\nchannels: [email]\n---\nOne.\n");
        await _b.AppliedAsync(_a.LatestChangeId());

        Assert.Equal(1, _b.DropListeningConnection());
        var text = Original.Replace("15 %", "20 %", StringComparison.Ordinal);
        _a.Writes.Save(Refunds, text, TextHash.Of(Original));
        await _b.AppliedAsync(_a.LatestChangeId());

        Assert.Equal(text, _b.Text(Refunds));
    }

    [Fact]
    public async Task Delete_OnOneNode_MovesTheOtherNodesFileToTheSameTrashPath_AndRename_MovesIt()
    {
        await _b.StartAsync();
        _a.Writes.Create("templates/en/old.md", "---\ntitle: Old\nchannels: [email]\n---\nOld.\n");
        var (trashed, _) = _a.Writes.Trash(Refunds, TextHash.Of(Original), DateTimeOffset.UtcNow);
        _a.Writes.Rename("templates/en/old.md", "templates/en/renamed.md", _a.Hash("templates/en/old.md"));
        await _b.AppliedAsync(_a.LatestChangeId());

        Assert.False(_b.Exists(Refunds));
        Assert.True(File.Exists(Path.Combine(_b.Writer.TrashRoot, trashed!.TrashPath)));
        Assert.False(_b.Exists("templates/en/old.md"));
        Assert.True(_b.Exists("templates/en/renamed.md"));
    }

    [Fact]
    public async Task Delete_OnOneNode_CanBeRestoredFromTheTrash_OnTheOther()
    {
        await _a.StartAsync();
        await _b.StartAsync();
        var (trashed, _) = _a.Writes.Trash(Refunds, TextHash.Of(Original), DateTimeOffset.UtcNow);
        await _b.AppliedAsync(_a.LatestChangeId());

        var restored = _b.Writes.Untrash(trashed!.TrashPath, Refunds);
        await _a.AppliedAsync(_a.LatestChangeId());

        Assert.Equal(SaveStatus.Saved, restored.Status);
        Assert.Equal((Original, Original), (_a.Text(Refunds), _b.Text(Refunds)));
    }

    [Fact]
    public void Create_OfAPathAnotherNodeCreated_IsRefused_AsAlreadyExisting()
    {
        Assert.True(_a.Writes.Create("templates/en/twin.md", "---\ntitle: A\nchannels: [email]\n---\nA.\n").IsSaved);

        var second = _b.Writes.Create("templates/en/twin.md", "---\ntitle: B\nchannels: [email]\n---\nB.\n");

        Assert.Equal(SaveStatus.AlreadyExists, second.Status);
        Assert.Contains("title: A", _b.Text("templates/en/twin.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NodeStoppedBetweenWritingItsFileAndCommitting_PutsTheFileBack_AtItsNextStart()
    {
        // What a kill in the middle of a save leaves: the journal, and the file already written.
        _b.State.BeginSave(new Dictionary<string, string?> { [Refunds] = Original });
        File.WriteAllText(Path.Combine(_b.Content.Root, Refunds), Original + "\nNever committed.\n");
        _a.Writes.Create("templates/en/other.md", "---\ntitle: Other\nchannels: [email]\n---\nOther.\n");

        await _b.StartAsync();
        await _b.AppliedAsync(_a.LatestChangeId());

        Assert.Equal(Original, _b.Text(Refunds));
        Assert.Null(_b.State.UnfinishedSave());
    }

    [Fact]
    public async Task Save_WhenTheDatabaseDoesNotAnswer_SavesNothing_AndSaysSo()
    {
        await using var offline = new ClusterNode("offline", "Host=127.0.0.1;Port=1;Username=x;Password=x;Timeout=2", Deploy);

        var failure = Assert.Throws<ContentWriteException>(() => offline.Writes.Save(Refunds, Original + "More.\n", TextHash.Of(Original)));

        Assert.Equal(WriteProblem.SharedStoreUnavailable, failure.Problem);
        Assert.Equal(Original, offline.Text(Refunds));
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
    }

    private static void Deploy(TempContentFolder content) => content.Write(Refunds, Original);
}
