using Npgsql;
using NpgsqlTypes;

namespace KnowledgeBase.Cluster.Changes;

/// <summary>
/// The SQL of the change log: <c>kb_content_changes</c> (every change, in order) and
/// <c>kb_content_heads</c> (one row per changed path: its latest version, the row a save locks).
/// </summary>
internal static class ChangeLog
{
    /// <summary>
    /// Locks the path's row for the rest of the transaction and returns the path's latest version. A
    /// path no node changed yet gets a row holding <paramref name="deployedHash"/> (this node's file),
    /// so that even its first save is serialised with every other node's.
    /// </summary>
    public static PathHead LockHead(NpgsqlConnection connection, NpgsqlTransaction transaction, string path, string? deployedHash)
    {
        using (var insert = new NpgsqlCommand(
            "INSERT INTO kb_content_heads (path, hash, change_id) VALUES (@path, @hash, NULL) ON CONFLICT (path) DO NOTHING", connection, transaction))
        {
            insert.Parameters.AddWithValue("path", path);
            insert.Parameters.Add(Text("hash", deployedHash));
            insert.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand("""
            SELECT h.hash, h.change_id, c.content FROM kb_content_heads h LEFT JOIN kb_content_changes c ON c.id = h.change_id
            WHERE h.path = @path FOR UPDATE OF h
            """, connection, transaction);
        command.Parameters.AddWithValue("path", path);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            throw new InvalidOperationException($"The head row of {path} was not there after inserting it.");
        }

        return new PathHead(
            reader.IsDBNull(0) ? null : reader.GetString(0),
            reader.IsDBNull(1) ? null : reader.GetInt64(1),
            reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    /// <summary>
    /// Appends a change, makes it the path's head and queues the notification (sent at commit). The
    /// order lock makes ids commit in order, so a node that read up to id N never sees an N-1 later.
    /// </summary>
    public static long Append(NpgsqlConnection connection, NpgsqlTransaction transaction, ChangeRow change)
    {
        ArgumentNullException.ThrowIfNull(change);
        using (var order = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@order)", connection, transaction))
        {
            order.Parameters.AddWithValue("order", ChangeLogSchema.ChangeOrderLock);
            order.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand("""
            WITH added AS (
                INSERT INTO kb_content_changes (path, content, trash_path, base_hash, new_hash, node, media)
                VALUES (@path, @content, @trash, @base, @new, @node, @media) RETURNING id)
            UPDATE kb_content_heads h SET hash = @new, change_id = added.id FROM added WHERE h.path = @path RETURNING added.id
            """, connection, transaction);
        command.Parameters.AddWithValue("path", change.Path);
        command.Parameters.Add(Text("content", change.Content));
        command.Parameters.Add(Text("trash", change.TrashPath));
        command.Parameters.Add(Text("base", change.BaseHash));
        command.Parameters.Add(Text("new", change.NewHash));
        command.Parameters.AddWithValue("node", change.Node);
        command.Parameters.Add(new NpgsqlParameter("media", NpgsqlDbType.Bytea) { Value = (object?)change.Media ?? DBNull.Value });
        return command.ExecuteScalar() is long id
            ? id
            : throw new InvalidOperationException($"The head row of {change.Path} is gone; the change was not recorded.");
    }

    /// <summary>Queues the notification of the latest change; PostgreSQL sends it when the transaction commits.</summary>
    public static void Notify(NpgsqlConnection connection, NpgsqlTransaction transaction, long id)
    {
        using var command = new NpgsqlCommand("SELECT pg_notify(@channel, @id)", connection, transaction);
        command.Parameters.AddWithValue("channel", ChangeLogSchema.Channel);
        command.Parameters.AddWithValue("id", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    /// <summary>Every change after <paramref name="afterId"/>, in order, each marked whether it is still its path's latest (one statement: one snapshot).</summary>
    public static async Task<IReadOnlyList<LoggedChange>> SinceAsync(NpgsqlConnection connection, long afterId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c.id, c.path, CASE WHEN h.change_id = c.id THEN c.content END, c.trash_path, c.new_hash, h.change_id = c.id,
                   c.media IS NOT NULL
            FROM kb_content_changes c LEFT JOIN kb_content_heads h ON h.path = c.path
            WHERE c.id > @after ORDER BY c.id;
            """, connection);
        command.Parameters.AddWithValue("after", afterId);
        var changes = new List<LoggedChange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new LoggedChange(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                !reader.IsDBNull(5) && reader.GetBoolean(5),
                reader.GetBoolean(6)));
        }

        return changes;
    }

    /// <summary>The bytes of the attached file change <paramref name="id"/> added (a node that was down reads many: one at a time).</summary>
    public static async Task<byte[]?> MediaAsync(NpgsqlConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT media FROM kb_content_changes WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    /// <summary>The latest version of a path, or null when no node ever changed it.</summary>
    public static async Task<PathHead?> FindAsync(NpgsqlConnection connection, string path, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT h.hash, h.change_id, c.content FROM kb_content_heads h LEFT JOIN kb_content_changes c ON c.id = h.change_id
            WHERE h.path = @path AND h.change_id IS NOT NULL;
            """, connection);
        command.Parameters.AddWithValue("path", path);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PathHead(reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetString(2))
            : null;
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
