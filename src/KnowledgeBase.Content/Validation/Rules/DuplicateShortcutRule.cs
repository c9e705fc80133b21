using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Content.Validation.Rules;

/// <summary>A template shortcut is unique within its language, so <c>/eta</c> always means one template.</summary>
public sealed class DuplicateShortcutRule : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var groups = content.Templates
            .Where(t => t.Shortcut is not null)
            .GroupBy(t => (t.Language, Shortcut: t.Shortcut!.Value.ToLowerInvariant()));
        foreach (var group in groups)
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                yield return Finding.Error(duplicate.RelativePath, duplicate.Shortcut!.Line, "shortcut",
                    $"shortcut '/{duplicate.Shortcut.Value}' is already used by {first.Id} in language '{group.Key.Language}'");
            }
        }
    }
}
