using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Content.FrontMatter;

/// <summary>
/// Parsed front matter with case-insensitive keys. Typed getters never throw: a value of the
/// wrong shape is reported through <see cref="Problems"/> with its file line and read as absent.
/// </summary>
internal sealed class FrontMatterMap
{
    private readonly Dictionary<string, FrontMatterEntry> _entries;
    private readonly int _lineOffset;
    private readonly List<(int Line, string Message)> _problems = [];

    private FrontMatterMap(Dictionary<string, FrontMatterEntry> entries, int lineOffset)
    {
        _entries = entries;
        _lineOffset = lineOffset;
    }

    public static FrontMatterMap Empty { get; } = new(new Dictionary<string, FrontMatterEntry>(StringComparer.OrdinalIgnoreCase), 0);

    /// <summary>Values of the wrong shape, found while reading; each becomes a validation error.</summary>
    public IReadOnlyList<(int Line, string Message)> Problems => _problems;

    public IEnumerable<FrontMatterEntry> Entries => _entries.Values;

    /// <summary>Parses YAML that starts on file line <paramref name="yamlLine"/>, within <paramref name="limits"/>.</summary>
    /// <exception cref="FrontMatterException">The YAML is malformed, over a limit, or not a mapping.</exception>
    public static FrontMatterMap Parse(string yaml, int yamlLine, Limits.YamlLimits limits)
    {
        var offset = yamlLine - 1;
        var stream = YamlText.Load(yaml, yamlLine, "front matter", limits);

        if (stream.Documents.Count == 0)
        {
            return new FrontMatterMap(new Dictionary<string, FrontMatterEntry>(StringComparer.OrdinalIgnoreCase), offset);
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlScalarNode { Value: null or "" })
        {
            return new FrontMatterMap(new Dictionary<string, FrontMatterEntry>(StringComparer.OrdinalIgnoreCase), offset);
        }

        if (root is not YamlMappingNode mapping)
        {
            throw new FrontMatterException("front matter must be a list of 'key: value' lines", (int)root.Start.Line + offset);
        }

        var entries = new Dictionary<string, FrontMatterEntry>(StringComparer.OrdinalIgnoreCase);
        var map = new FrontMatterMap(entries, offset);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            var line = (int)keyNode.Start.Line + offset;
            if (!entries.TryAdd(key, new FrontMatterEntry(key, value, line)))
            {
                map._problems.Add((line, $"duplicate front matter key '{key}' (keys are case-insensitive); the first one is used"));
            }
        }

        return map;
    }

    public bool Contains(string key) => _entries.ContainsKey(key);

    public int LineOf(string key) => _entries.TryGetValue(key, out var entry) ? entry.Line : 1;

    /// <summary>A scalar value, trimmed; null when absent, empty or not a scalar (reported).</summary>
    public string? GetString(string key)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        if (entry.Value is YamlScalarNode scalar)
        {
            var value = scalar.Value?.Trim();
            return string.IsNullOrEmpty(value) || IsNull(scalar) ? null : value;
        }

        _problems.Add((entry.Line, $"'{entry.Key}' must be a single value, not a {ShapeOf(entry.Value)}"));
        return null;
    }

    /// <summary>A list of scalars with their lines. A single scalar counts as a one-item list.</summary>
    /// <param name="splitCommas">Also split a single scalar on commas (for <c>tags: a, b</c>).</param>
    public IReadOnlyList<Model.LineValue> GetList(string key, bool splitCommas = false)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return [];
        }

        switch (entry.Value)
        {
            case YamlScalarNode scalar when IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value):
                return [];
            case YamlScalarNode scalar:
                var parts = splitCommas ? scalar.Value!.Split(',') : [scalar.Value!];
                return parts.Select(p => p.Trim()).Where(p => p.Length > 0).Select(p => new Model.LineValue(p, entry.Line)).ToList();
            case YamlSequenceNode sequence:
                var items = new List<Model.LineValue>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } text } itemScalar && !IsNull(itemScalar))
                    {
                        if (text.Trim().Length > 0)
                        {
                            items.Add(new Model.LineValue(text.Trim(), LineOf(item)));
                        }
                    }
                    else
                    {
                        _problems.Add((LineOf(item), $"each item of '{entry.Key}' must be a single value, not a {ShapeOf(item)}"));
                    }
                }

                return items;
            default:
                _problems.Add((entry.Line, $"'{entry.Key}' must be a list, not a {ShapeOf(entry.Value)}"));
                return [];
        }
    }

    public DateOnly? GetDate(string key)
    {
        var text = GetString(key);
        if (text is null)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK"];
        if (DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return DateOnly.FromDateTime(parsed);
        }

        _problems.Add((LineOf(key), $"'{key}' must be a date like 2026-11-02, not '{text}'"));
        return null;
    }

    public int? GetPositiveInt(string key)
    {
        var text = GetString(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return value;
        }

        _problems.Add((LineOf(key), $"'{key}' must be a whole number of days greater than 0, not '{text}'"));
        return null;
    }

    public bool? GetBool(string key)
    {
        var text = GetString(key);
        return text?.ToLowerInvariant() switch
        {
            null => null,
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => Invalid(LineOf(key), $"'{key}' must be true or false, not '{text}'"),
        };
    }

    /// <summary>Nested maps of a list value, e.g. template <c>fields</c>; each item is its own map.</summary>
    public IReadOnlyList<FrontMatterMap> GetMaps(string key)
    {
        if (!_entries.TryGetValue(key, out var entry) || entry.Value is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (entry.Value is not YamlSequenceNode sequence)
        {
            _problems.Add((entry.Line, $"'{entry.Key}' must be a list"));
            return [];
        }

        var maps = new List<FrontMatterMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                var entries = new Dictionary<string, FrontMatterEntry>(StringComparer.OrdinalIgnoreCase);
                foreach (var (k, v) in mapping.Children)
                {
                    var name = (k as YamlScalarNode)?.Value ?? k.ToString();
                    entries.TryAdd(name, new FrontMatterEntry(name, v, LineOf(k)));
                }

                maps.Add(new FrontMatterMap(entries, _lineOffset) { ItemLine = LineOf(item) });
            }
            else
            {
                _problems.Add((LineOf(item), $"each item of '{entry.Key}' must be a map of 'key: value' lines"));
            }
        }

        return maps;
    }

    /// <summary>For a map that is an item of a list: the file line where the item starts.</summary>
    public int ItemLine { get; private init; } = 1;

    /// <summary>Takes the problems found while reading a nested map into this one.</summary>
    public void Absorb(FrontMatterMap nested) => _problems.AddRange(nested._problems);

    public void AddProblem(int line, string message) => _problems.Add((line, message));

    /// <summary>Keys other than <paramref name="known"/>, as plain values (string, list, map).</summary>
    public IReadOnlyDictionary<string, object?> Unknown(IReadOnlySet<string> known) =>
        _entries.Values
            .Where(e => !known.Contains(e.Key))
            .ToDictionary(e => e.Key, e => ToPlain(e.Value), StringComparer.OrdinalIgnoreCase);

    private bool? Invalid(int line, string message)
    {
        _problems.Add((line, message));
        return null;
    }

    private int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";

    private static string ShapeOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "map",
        _ => "value",
    };

    private static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode scalar => IsNull(scalar) ? null : scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(ToPlain).ToList(),
        YamlMappingNode mapping => mapping.Children.ToDictionary(
            c => (c.Key as YamlScalarNode)?.Value ?? c.Key.ToString(), c => ToPlain(c.Value), StringComparer.OrdinalIgnoreCase),
        _ => null,
    };
}
