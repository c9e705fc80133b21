using System.Text;
using KnowledgeBase.Content.Authoring;

namespace KnowledgeBase.Import.Writing;

/// <summary>
/// The file an imported template is written as: front matter in the template schema (title,
/// shortcut, tags, fields), the help desk's metadata under <c>source…</c> keys (kept and ignored by
/// the app), and the Liquid body. The last key, <c>import_hash</c>, is the hash of everything else,
/// so a later import can tell a file still as imported from one a lead has edited since.
/// </summary>
public static class TemplateText
{
    public const string HashKey = "import_hash";

    public static string Compose(ImportedTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var yaml = new StringBuilder();
        yaml.Append("title: ").AppendLine(YamlScalar.Quote(template.Title));
        if (template.Shortcut is not null)
        {
            yaml.Append("shortcut: ").AppendLine(YamlScalar.Quote(template.Shortcut));
        }

        yaml.Append("tags: ").AppendLine(YamlScalar.List(template.Tags));
        if (template.Fields.Count > 0)
        {
            yaml.AppendLine("fields:");
            foreach (var field in template.Fields)
            {
                yaml.Append("  - name: ").AppendLine(YamlScalar.Quote(field.Name));
                yaml.Append("    label: ").AppendLine(YamlScalar.Quote(field.Label));
                yaml.Append("    required: ").AppendLine(field.Required ? "true" : "false");
            }
        }

        if (template.Status is not null)
        {
            yaml.Append("status: ").AppendLine(YamlScalar.Quote(template.Status));
        }

        yaml.Append("source: ").AppendLine(YamlScalar.Quote(template.Source));
        if (template.SourceTitle is not null)
        {
            yaml.Append("source_title: ").AppendLine(YamlScalar.Quote(template.SourceTitle));
        }

        List(yaml, "source_categories", template.SourceCategories);
        List(yaml, "source_restrictions", template.SourceRestrictions);
        List(yaml, "source_notes", template.SourceNotes);
        List(yaml, "import_notes", template.ImportNotes);

        var body = template.Body.TrimEnd('\n') + "\n";
        var unhashed = $"---\n{yaml.ToString().ReplaceLineEndings("\n")}---\n\n{body}";
        var hash = TextHash.Of(unhashed);
        return $"---\n{yaml.ToString().ReplaceLineEndings("\n")}{HashKey}: \"{hash}\"\n---\n\n{body}";
    }

    /// <summary>
    /// True when <paramref name="text"/> is still exactly as an import wrote it (line endings and a
    /// BOM aside); false when someone changed it since, or it has no <c>import_hash</c>.
    /// </summary>
    public static bool IsAsImported(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        var marker = "\n" + HashKey + ": \"";
        var at = normalized.IndexOf(marker, StringComparison.Ordinal);
        var close = normalized.IndexOf("\n---\n", StringComparison.Ordinal);
        if (at < 0 || (close >= 0 && at > close))
        {
            return false;
        }

        var end = normalized.IndexOf('\n', at + 1);
        if (end < 0)
        {
            return false;
        }

        var recorded = normalized[(at + marker.Length)..end].TrimEnd('"');
        var without = normalized.Remove(at + 1, end - at);
        return string.Equals(TextHash.Of(without), recorded, StringComparison.Ordinal);
    }

    private static void List(StringBuilder yaml, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        yaml.Append(key).AppendLine(":");
        foreach (var value in values)
        {
            yaml.Append("  - ").AppendLine(YamlScalar.Quote(value));
        }
    }
}
