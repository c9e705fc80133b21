namespace KnowledgeBase.Storage;

/// <summary>The database file is open in another process (the running web app, or another <c>kb</c>).</summary>
public sealed class DatabaseInUseException(string file, Exception inner)
    : DatabaseUnavailableException(file, $"The database {file} is in use by another process (the running web app, or another kb).", inner);
