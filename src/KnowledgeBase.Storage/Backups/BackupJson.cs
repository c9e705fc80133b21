using System.Text.Json;

namespace KnowledgeBase.Storage.Backups;

/// <summary>The JSON both ends of the backup socket speak.</summary>
internal static class BackupJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
