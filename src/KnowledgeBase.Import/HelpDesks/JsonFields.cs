using System.Globalization;
using System.Text.Json;

namespace KnowledgeBase.Import.HelpDesks;

/// <summary>
/// Lenient reads of the values help-desk APIs return. A value of an unexpected type reads as
/// absent here; the readers decide which absences make an entry unusable.
/// </summary>
internal static class JsonFields
{
    /// <summary>A string, or a number written as text; null when absent, null or of another type.</summary>
    public static string? Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) ? AsText(value) : null;

    public static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    /// <summary>True when the property exists with a value other than a string, number or null (an object where a title belongs).</summary>
    public static bool HasWrongType(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value)
        && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null);

    /// <summary>The item's id as text: a whole number or a short string of letters, digits, '-' and '_'.</summary>
    public static string? Id(JsonElement item, string name = "id")
    {
        var text = Text(item, name)?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 64)
        {
            return null;
        }

        return text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? text : null;
    }

    /// <summary>true/false, also written as a string or 0/1; null when absent.</summary>
    public static bool? Bool(JsonElement item, string name)
    {
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
            JsonValueKind.Number when value.TryGetInt64(out var number) => number != 0,
            _ => null,
        };
    }

    public static long? Number(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
        && value.TryGetInt64(out var number)
            ? (long?)number
            : Text(item, name) is { } text && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? (long?)parsed : null;

    /// <summary>The elements of an array property; none when absent or not an array.</summary>
    public static IEnumerable<JsonElement> Array(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    /// <summary>The strings and numbers of an array property, as text.</summary>
    public static IReadOnlyList<string> Texts(JsonElement item, string name) =>
        Array(item, name).Select(AsText).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!.Trim()).ToList();

    /// <summary>The list an API answered with: the root array, or the array under one of <paramref name="envelopes"/>.</summary>
    public static JsonElement? List(JsonElement root, params string[] envelopes)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root;
        }

        foreach (var envelope in envelopes)
        {
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(envelope, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                return list;
            }
        }

        return null;
    }
}
