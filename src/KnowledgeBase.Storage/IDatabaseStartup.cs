namespace KnowledgeBase.Storage;

/// <summary>
/// What the app does with its database before it serves anyone: LiteDB opens the file (so a second
/// process on the same data folder fails at once, with its reason) and makes its indexes; PostgreSQL
/// applies pending migrations.
/// </summary>
public interface IDatabaseStartup
{
    /// <summary>Prepares the database; returns a line for the log saying what was done.</summary>
    string Start();
}
