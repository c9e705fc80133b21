namespace KnowledgeBase.Storage.Postgres.Copy;

/// <summary>The PostgreSQL database already holds data, and the copy was not told to replace it.</summary>
public sealed class TargetNotEmptyException(IReadOnlyList<string> tables)
    : InvalidOperationException($"The PostgreSQL database is not empty ({string.Join(", ", tables)} hold rows); copy into an empty one, or pass --replace to delete what is there first.")
{
    public IReadOnlyList<string> Tables { get; } = tables;
}
