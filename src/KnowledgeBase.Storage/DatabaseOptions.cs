namespace KnowledgeBase.Storage;

/// <summary>Which database the app uses, bound from <see cref="SectionName"/>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "KnowledgeBase:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.LiteDb;

    /// <summary>An Npgsql connection string (<c>Host=…;Database=…;Username=…;Password=…</c>); only for <see cref="DatabaseProvider.Postgres"/>.</summary>
    public string? ConnectionString { get; set; }
}
