using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Validation.Rules;

/// <summary>A translation key names one SOP or one template, so it appears at most once per language and kind.</summary>
public sealed class TranslationKeyRule : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var keyed = content.Articles.Select(a => (Document: (ContentDocument)a, Key: a.TranslationKey))
            .Concat(content.Templates.Select(t => (Document: (ContentDocument)t, Key: t.TranslationKey)))
            .Where(d => d.Key is not null);
        var groups = keyed.GroupBy(d => (d.Document.Kind, d.Document.Language, Key: d.Key!.ToLowerInvariant()));
        foreach (var group in groups)
        {
            var first = group.First().Document;
            foreach (var (duplicate, key) in group.Skip(1))
            {
                yield return Finding.Warning(duplicate.RelativePath, 1, "translation-key",
                    $"translation_key '{key}' is also used by {first.Id} in the same language");
            }
        }
    }
}
