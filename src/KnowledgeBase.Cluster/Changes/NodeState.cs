using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeBase.Content.Configuration;

namespace KnowledgeBase.Cluster.Changes;

/// <summary>
/// What this node keeps in its own data folder (<c>cluster/</c>): the id of the last change it
/// applied, and the journal of a save in progress (the paths and their texts before it), so a node
/// killed between writing its file and committing the change puts the file back at its next start.
/// Both are written to a temporary file and renamed, so a crash leaves the old or the new, never half.
/// </summary>
internal sealed class NodeState(KnowledgeBasePaths paths)
{
    private const string Folder = "cluster";

    private string Root => Path.Combine(paths.DataRoot, Folder);

    private string LastAppliedFile => Path.Combine(Root, "last-applied-change");

    private string JournalFile => Path.Combine(Root, "save-in-progress.json");

    /// <summary>The id of the last change applied here; 0 for a node that never applied one.</summary>
    public long LastApplied()
    {
        var file = LastAppliedFile;
        return File.Exists(file) && long.TryParse(File.ReadAllText(file).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
    }

    public void SetLastApplied(long id) => WriteAtomically(LastAppliedFile, id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Notes the texts of <paramref name="before"/> (path → text, null: no file) before a save writes them.</summary>
    public void BeginSave(IReadOnlyDictionary<string, string?> before) => WriteAtomically(JournalFile, JsonSerializer.Serialize(before));

    /// <summary>The save ended (committed, or its files put back).</summary>
    public void EndSave()
    {
        if (File.Exists(JournalFile))
        {
            File.Delete(JournalFile);
        }
    }

    /// <summary>The texts before a save that never ended (the node stopped in it), or null.</summary>
    public IReadOnlyDictionary<string, string?>? UnfinishedSave() =>
        File.Exists(JournalFile) ? JsonSerializer.Deserialize<Dictionary<string, string?>>(File.ReadAllText(JournalFile)) : null;

    private static void WriteAtomically(string file, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temp = file + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, file, overwrite: true);
    }
}
