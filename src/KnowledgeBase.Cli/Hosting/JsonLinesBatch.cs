using System.Text.Json;

namespace KnowledgeBase.Cli.Hosting;

/// <summary>
/// Runs a JSON Lines file for <c>--batch</c>: one object per non-blank line in, one JSON line out
/// per line in, in order. A line that is not a JSON object gets an error line (with its <c>id</c>
/// when it has one) and the run goes on, so one bad line never costs the rest.
/// </summary>
internal static class JsonLinesBatch
{
    /// <param name="answer">The output for one line's object and its <c>id</c> (null when absent).</param>
    /// <param name="error">The output for a line that could not be read: its id and a message naming the line.</param>
    public static void Run(FileInfo input, CliConsole console, Func<JsonElement, JsonElement?, object> answer, Func<JsonElement?, string, object> error)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(input.FullName))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement? id = null;
            object output;
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new JsonException($"expected an object, found {root.ValueKind.ToString().ToLowerInvariant()}");
                }

                id = root.TryGetProperty("id", out var idValue) ? idValue.Clone() : null;
                output = answer(root, id);
            }
            catch (JsonException ex)
            {
                output = error(id, $"line {lineNumber}: not a JSON object: {ex.Message}");
            }

            JsonOutput.Write(console.Out, output);
        }
    }

    /// <summary>A string property of a line's object; null when absent or not a string.</summary>
    public static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
