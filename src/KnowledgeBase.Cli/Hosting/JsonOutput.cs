using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace KnowledgeBase.Cli.Hosting;

/// <summary>One JSON style for every command: camelCase, one line, readable non-ASCII text.</summary>
public static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write<T>(TextWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
    }

    /// <summary>Prints the JSON form when <c>--json</c> was given, else the human one.</summary>
    public static void Print(CliConsole console, bool json, Func<object> toJson, Action human)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(toJson);
        ArgumentNullException.ThrowIfNull(human);
        if (json)
        {
            Write(console.Out, toJson());
        }
        else
        {
            human();
        }
    }

    /// <summary>A result object, starting with the batch line's <c>id</c> when it answers one.</summary>
    public static JsonNode Answer<T>(T result, JsonElement? batchId)
    {
        var json = JsonSerializer.SerializeToNode(result, Options) ?? throw new ArgumentNullException(nameof(result));
        if (batchId is { } id && json is JsonObject answer)
        {
            answer.Insert(0, "id", JsonSerializer.SerializeToNode(id, Options));
        }

        return json;
    }
}
