namespace KnowledgeBase.Storage;

/// <summary>The data folder (or the database file in it) cannot be written by this process.</summary>
public sealed class DataFolderReadOnlyException(string file, Exception inner)
    : DatabaseUnavailableException(file, Describe(file, inner), inner)
{
    /// <summary>The folder that holds the database.</summary>
    public string Folder => Path.GetDirectoryName(File) ?? File;

    private static string Describe(string file, Exception inner) =>
        $"The data folder {Path.GetDirectoryName(file)} is read-only, so the database {file} cannot be opened for writing ({inner.Message}). "
        + "Make the folder and its files writable for the user the app runs as (check how the disk is mounted and the folder's owner), "
        + "or set KnowledgeBase:DataPath (environment variable KnowledgeBase__DataPath) to a writable folder, then start again.";
}
