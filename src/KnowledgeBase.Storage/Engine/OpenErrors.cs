namespace KnowledgeBase.Storage.Engine;

/// <summary>Turns what opening the database threw into the exception that names the real cause.</summary>
internal static class OpenErrors
{
    public static Exception Explain(string file, Exception error) => error switch
    {
        DatabaseUnavailableException => error,
        _ when IoErrors.IsReadOnly(error) => new DataFolderReadOnlyException(file, error),
        _ when IoErrors.IsLockConflict(error) => new DatabaseInUseException(file, error),
        IOException => new DatabaseIOException(file, error),
        _ => error,
    };
}
