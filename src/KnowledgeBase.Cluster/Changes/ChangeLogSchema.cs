using Npgsql;

namespace KnowledgeBase.Cluster.Changes;

/// <summary>
/// The cluster's own tables, created at a node's first connection with <c>CREATE TABLE IF NOT
/// EXISTS</c> under a transaction advisory lock (two nodes starting together do not race). They are
/// not part of the storage provider's EF Core migrations: nothing else reads them, and a node must be
/// able to create them before any migration ran.
/// </summary>
internal static class ChangeLogSchema
{
    /// <summary>The channel every node LISTENs on; the payload is the change's id.</summary>
    public const string Channel = "kb_content_changes";

    /// <summary>Serialises creating the tables, and (in a save) taking change ids in commit order.</summary>
    public const long SchemaLock = 0x6B62_5343_4845_4D41; // "kbSCHEMA"

    public const long ChangeOrderLock = 0x6B62_4348_414E_4745; // "kbCHANGE"

    private const string Create = """
        SELECT pg_advisory_xact_lock(@lock);
        CREATE TABLE IF NOT EXISTS kb_content_changes (
            id bigserial PRIMARY KEY,
            path text NOT NULL,
            content text NULL,
            trash_path text NULL,
            base_hash text NULL,
            new_hash text NULL,
            node text NOT NULL,
            at timestamptz NOT NULL DEFAULT now());
        ALTER TABLE kb_content_changes ADD COLUMN IF NOT EXISTS media bytea NULL;
        CREATE INDEX IF NOT EXISTS kb_content_changes_path ON kb_content_changes (path, id);
        CREATE TABLE IF NOT EXISTS kb_content_heads (
            path text PRIMARY KEY,
            hash text NULL,
            change_id bigint NULL REFERENCES kb_content_changes (id));
        """;

    public static void Ensure(NpgsqlConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        using var command = new NpgsqlCommand(Create, connection, transaction);
        command.Parameters.AddWithValue("lock", SchemaLock);
        command.ExecuteNonQuery();
        transaction.Commit();
    }
}
