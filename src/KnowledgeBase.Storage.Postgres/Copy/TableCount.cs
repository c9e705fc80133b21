namespace KnowledgeBase.Storage.Postgres.Copy;

/// <summary>One table after a copy: rows in the source, rows in PostgreSQL.</summary>
public sealed record TableCount(string Table, int Source, int Target)
{
    public bool Matches => Source == Target;
}
