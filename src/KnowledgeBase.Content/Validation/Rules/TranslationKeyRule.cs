using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Content.Validation.Rules;

/// <summary>A translation key names one SOP, so it appears at most once per language.</summary>
public sealed class TranslationKeyRule : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var groups = content.Articles
            .Where(a => a.TranslationKey is not null)
            .GroupBy(a => (a.Language, Key: a.TranslationKey!.ToLowerInvariant()));
        foreach (var group in groups)
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                yield return Finding.Warning(duplicate.RelativePath, 1, "translation-key",
                    $"translation_key '{duplicate.TranslationKey}' is also used by {first.Id} in the same language");
            }
        }
    }
}
