namespace KnowledgeBase.TestSupport;

/// <summary>
/// The shared datasets, checked before use: a test that needs one says which folder is missing
/// and where it was looked for, instead of failing deep inside a loader.
/// </summary>
public static class SharedDatasets
{
    /// <summary>Returns <paramref name="folder"/> when it exists; otherwise throws naming it.</summary>
    public static string Require(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                $"This test needs the shared dataset folder {folder} (../shared/datasets beside the repository, read-only). It is missing on this machine.");
        }

        return folder;
    }
}
