using KnowledgeBase.Content.FrontMatter;
using KnowledgeBase.Content.Limits;
using KnowledgeBase.Content.Validation;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Content.Phrasebook;

/// <summary>Reads a phrasebook file: a YAML list of <c>avoid</c> / <c>prefer</c> / <c>note</c> entries.</summary>
public static class PhrasebookParser
{
    /// <param name="limits">The bounds the YAML is read under; the defaults when null.</param>
    public static Phrasebook Parse(string language, string relativePath, string text, ICollection<Finding> findings, ContentLimitsOptions? limits = null)
    {
        ArgumentNullException.ThrowIfNull(findings);
        YamlStream stream;
        try
        {
            stream = YamlText.Load(FrontMatterBlock.Normalize(text), 1, "phrasebook", YamlLimits.ForYamlFile(limits ?? new ContentLimitsOptions()));
        }
        catch (FrontMatterException ex)
        {
            findings.Add(Finding.Error(relativePath, ex.Line, ex.Code ?? "phrasebook", ex.Message));
            return new Phrasebook(language, relativePath, []);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new Phrasebook(language, relativePath, []);
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            findings.Add(Finding.Error(relativePath, 1, "phrasebook", "a phrasebook is a list of entries, each starting with '- avoid: …'"));
            return new Phrasebook(language, relativePath, []);
        }

        var entries = new List<PhrasebookEntry>();
        foreach (var node in list.Children)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode entry)
            {
                findings.Add(Finding.Error(relativePath, line, "phrasebook", "each entry needs 'avoid:' and 'prefer:'"));
                continue;
            }

            var avoid = Scalar(entry, "avoid");
            var prefer = Strings(entry, "prefer");
            if (string.IsNullOrWhiteSpace(avoid))
            {
                findings.Add(Finding.Error(relativePath, line, "phrasebook", "entry has no 'avoid' phrase"));
                continue;
            }

            if (prefer.Count == 0)
            {
                findings.Add(Finding.Warning(relativePath, line, "phrasebook", $"'{avoid}' has no 'prefer' alternative"));
            }

            entries.Add(new PhrasebookEntry(avoid.Trim(), prefer, Scalar(entry, "note")?.Trim(), line));
        }

        return new Phrasebook(language, relativePath, entries);
    }

    private static YamlNode? Value(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(c => string.Equals((c.Key as YamlScalarNode)?.Value, key, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Scalar(YamlMappingNode map, string key) => (Value(map, key) as YamlScalarNode)?.Value;

    private static List<string> Strings(YamlMappingNode map, string key) => Value(map, key) switch
    {
        YamlScalarNode { Value: { } one } when one.Trim().Length > 0 => [one.Trim()],
        YamlSequenceNode many => many.Children.OfType<YamlScalarNode>()
            .Select(s => s.Value?.Trim()).Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList(),
        _ => [],
    };
}
