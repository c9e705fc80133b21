using KnowledgeBase.TestSupport.FileSystems;

namespace KnowledgeBase.Storage.Tests.Faults;

/// <summary>A data folder on a file system mounted read-only is reported as read-only, not as in use.</summary>
public sealed class ReadOnlyDataFolderTests : IDisposable
{
    private readonly Tmpfs? _disk = Tmpfs.Unavailable is null ? Tmpfs.Mount(1024 * 1024) : null;

    private Tmpfs Disk => _disk!;

    [TmpfsFact]
    public void AnExistingDatabase_InAReadOnlyFolder_SaysTheFolderIsReadOnly_AndWhatToDo()
    {
        var file = Path.Combine(Disk.Root, "knowledgebase.db");
        KnowledgeBaseDatabase.Open(file).Dispose();
        Disk.RemountReadOnly();

        var error = Assert.ThrowsAny<IOException>(() => KnowledgeBaseDatabase.Open(file));

        Assert.IsNotType<DatabaseInUseException>(error);
        Assert.DoesNotContain("in use", error.Message, StringComparison.Ordinal);
        Assert.Contains($"The data folder {Disk.Root} is read-only", error.Message, StringComparison.Ordinal);
        Assert.Contains("KnowledgeBase:DataPath", error.Message, StringComparison.Ordinal);
    }

    [TmpfsFact]
    public void ADataFolderThatCannotBeCreated_OnAReadOnlyFileSystem_SaysSo()
    {
        Disk.RemountReadOnly();
        var folder = Path.Combine(Disk.Root, "data");

        var error = Assert.ThrowsAny<IOException>(() => KnowledgeBaseDatabase.Open(Path.Combine(folder, "knowledgebase.db")));

        Assert.Contains($"The data folder {folder} is read-only", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _disk?.Dispose();
}
