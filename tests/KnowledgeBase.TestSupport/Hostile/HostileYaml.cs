using System.Text;

namespace KnowledgeBase.TestSupport.Hostile;

/// <summary>
/// YAML written to hurt a parser: alias bombs ("billion laughs"), deep nesting, many values. The
/// bombs are sized so that code which expands them again allocates hundreds of MB in about a second:
/// enough to fail a memory assertion clearly, not enough to take the test machine down.
/// </summary>
public static class HostileYaml
{
    /// <summary><c>l0: &amp;l0 [lol, …]</c>, then each level a list of <paramref name="width"/> aliases of the one before.</summary>
    public static string SequenceBomb(int levels = 7, int width = 10)
    {
        var yaml = new StringBuilder($"l0: &l0 [{string.Join(",", Enumerable.Repeat("lol", width))}]\n");
        for (var level = 1; level < levels; level++)
        {
            yaml.Append($"l{level}: &l{level} [{string.Join(",", Enumerable.Repeat($"*l{level - 1}", width))}]\n");
        }

        return yaml.ToString();
    }

    /// <summary>The same with maps: each level a map whose every value is an alias of the level before.</summary>
    public static string MappingBomb(int levels = 7, int width = 10)
    {
        var yaml = new StringBuilder($"m0: &m0 {{{string.Join(", ", Enumerable.Range(0, width).Select(i => $"k{i}: lol"))}}}\n");
        for (var level = 1; level < levels; level++)
        {
            yaml.Append($"m{level}: &m{level} {{{string.Join(", ", Enumerable.Range(0, width).Select(i => $"k{i}: *m{level - 1}"))}}}\n");
        }

        return yaml.ToString();
    }

    /// <summary>Merge keys: every level merges the one before (<c>&lt;&lt;: *b0</c>) and aliases it under each key.</summary>
    public static string MergeKeyBomb(int levels = 7, int width = 10)
    {
        var yaml = new StringBuilder($"b0: &b0\n{string.Concat(Enumerable.Range(0, width).Select(i => $"  k{i}: lol\n"))}");
        for (var level = 1; level < levels; level++)
        {
            yaml.Append($"b{level}: &b{level}\n  <<: *b{level - 1}\n");
            yaml.Append(string.Concat(Enumerable.Range(0, width).Select(i => $"  j{i}: *b{level - 1}\n")));
        }

        return yaml.ToString();
    }

    /// <summary>A sequence bomb as a whole YAML file that is a list (phrasebook, checks): every entry is a bomb level.</summary>
    public static string SequenceBombAsList(int levels = 7, int width = 10) =>
        string.Concat(SequenceBomb(levels, width).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => $"- {line}\n"));

    /// <summary><c>x: [[[[…]]]]</c>, <paramref name="depth"/> levels of flow lists.</summary>
    public static string DeepFlowLists(int depth = 10_000) => $"x: {new string('[', depth)}{new string(']', depth)}\n";

    /// <summary><c>x: {a: {a: {a: …}}}</c>, <paramref name="depth"/> levels of flow maps.</summary>
    public static string DeepFlowMaps(int depth = 10_000) => $"x: {string.Concat(Enumerable.Repeat("{a: ", depth))}1{new string('}', depth)}\n";

    /// <summary>Indented block maps, <paramref name="depth"/> levels: <c>k:\n  k:\n    k: …</c>.</summary>
    public static string DeepBlockMaps(int depth) =>
        string.Concat(Enumerable.Range(0, depth).Select(level => $"{new string(' ', level * 2)}k:\n")) + new string(' ', depth * 2) + "end\n";

    /// <summary><c>x: [a, a, …]</c> with <paramref name="count"/> items.</summary>
    public static string ManyValues(int count) => $"x: [{string.Join(",", Enumerable.Repeat("a", count))}]\n";

    /// <summary>Front matter around <paramref name="yaml"/> (after a title line) and a one-line body.</summary>
    public static string Document(string yaml, string title = "Hostile") => $"---\ntitle: {title}\n{yaml}---\nBody\n";
}
