namespace KnowledgeBase.Storage;

/// <summary>The database file is open in another process (the running web app, or another <c>kb</c>).</summary>
public sealed class DatabaseInUseException(string file, Exception inner)
    : IOException($"The database {file} is in use by another process.", inner)
{
    public string File { get; } = file;
}
