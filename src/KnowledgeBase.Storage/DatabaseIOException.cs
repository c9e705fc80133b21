namespace KnowledgeBase.Storage;

/// <summary>
/// A read or write of the database failed (a full disk, an I/O error). The database object stays usable:
/// it reopens the file on the next call, so the app works again once the cause is gone, without a restart.
/// </summary>
public sealed class DatabaseIOException(string file, Exception inner)
    : DatabaseUnavailableException(file, $"The database {file} could not be read or written ({inner.Message}); what this call changed may not be saved. "
        + "The file is reopened on the next call, so it works again once the cause (such as a full disk) is gone.", inner);
