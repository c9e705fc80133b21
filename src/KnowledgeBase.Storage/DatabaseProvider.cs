namespace KnowledgeBase.Storage;

/// <summary>Where the app keeps accounts, revisions, insights and the rest (<c>KnowledgeBase:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded file <c>data/knowledgebase.db</c>: nothing to install, one process at a time.</summary>
    LiteDb,

    /// <summary>A PostgreSQL server shared by several web nodes (<c>KnowledgeBase:Database:ConnectionString</c>).</summary>
    Postgres,
}
