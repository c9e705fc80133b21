using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Import.Writing;

/// <summary>
/// The templates already in the content folder that matter to an import: those an earlier import
/// wrote (by their <c>source:</c>), and every shortcut taken in the language, since a shortcut is
/// unique per language (<c>kb validate</c>).
/// </summary>
internal sealed class ExistingTemplates
{
    private readonly Dictionary<string, ReplyTemplate> _bySource = new(StringComparer.Ordinal);

    /// <summary>Lower-case shortcut → who has it: a source id, or the template id of a template that was not imported.</summary>
    private readonly Dictionary<string, string> _shortcuts = new(StringComparer.Ordinal);

    /// <param name="templates">The templates of the language imported into: the same export imported into another language folder is another set of templates.</param>
    public ExistingTemplates(IEnumerable<ReplyTemplate> templates, string language)
    {
        foreach (var template in templates.Where(t => t.Language == language).OrderBy(t => t.RelativePath, StringComparer.Ordinal))
        {
            var source = Source(template);
            if (source is not null)
            {
                _bySource.TryAdd(source, template);
            }

            if (template.Shortcut is { } shortcut)
            {
                _shortcuts.TryAdd(shortcut.Value.ToLowerInvariant(), source ?? template.Id);
            }
        }
    }

    public ReplyTemplate? BySource(string source) => _bySource.GetValueOrDefault(source);

    /// <summary>
    /// The shortcut <paramref name="source"/> may have: the one asked for, or with <c>-2</c>, <c>-3</c>…
    /// when another template has it; claimed, so a later item of the same import cannot take it too.
    /// </summary>
    public (string Shortcut, string? TakenBy) Claim(string shortcut, string source)
    {
        var candidate = shortcut;
        string? takenBy = null;
        for (var n = 2; _shortcuts.TryGetValue(candidate, out var owner) && owner != source; n++)
        {
            takenBy ??= owner;
            candidate = $"{shortcut}-{n}";
        }

        _shortcuts[candidate] = source;
        return (candidate, takenBy);
    }

    private static string? Source(ReplyTemplate template) =>
        template.Extra.TryGetValue("source", out var value) && value is string text && text.Length > 0 ? text : null;
}
