using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Translations;

/// <summary>
/// What an SOP's changed text leaves behind: translations (same <c>translation_key</c>) and
/// knowledge checks reviewed against an older text. The record lives in the files themselves, so it
/// survives git, copies and rebuilds: a translation keeps <c>source_hash:</c> (its source's
/// <see cref="SiblingHash"/> when reviewed); an SOP keeps <c>checks_hash:</c> (its own hash when its
/// checks were reviewed). The source of a translation group is its SOP in the default language.
/// </summary>
public static class StaleSiblings
{
    public static IReadOnlyList<OutdatedTranslation> OutdatedTranslations(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var list = new List<OutdatedTranslation>();
        foreach (var group in content.Articles.Where(a => a.TranslationKey is not null).GroupBy(a => a.TranslationKey!, StringComparer.OrdinalIgnoreCase))
        {
            // Two SOPs of one language with one key are TranslationKeyRule's error; the first is the source here.
            var source = group.Where(a => a.Language == Languages.Default).OrderBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
            if (source is null)
            {
                continue;
            }

            var hash = SiblingHash.Of(source);
            foreach (var translation in group.Where(a => a.Language != Languages.Default).OrderBy(a => a.Id, StringComparer.Ordinal))
            {
                var reviewed = SiblingHash.Recorded(translation, SiblingHash.SourceHashKey);
                if (reviewed != hash)
                {
                    list.Add(new OutdatedTranslation(translation, source, hash, reviewed));
                }
            }
        }

        return list;
    }

    public static IReadOnlyList<ChecksToReview> Checks(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var list = new List<ChecksToReview>();
        foreach (var article in content.Articles.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            var checks = content.Onboarding.ChecksFor(article.Id).ToList();
            if (checks.Count == 0)
            {
                continue;
            }

            var hash = SiblingHash.Of(article);
            var reviewed = SiblingHash.Recorded(article, SiblingHash.ChecksHashKey);
            if (reviewed != hash)
            {
                list.Add(new ChecksToReview(article, checks, hash, reviewed));
            }
        }

        return list;
    }

    /// <summary>The hash a translation should record when saved or marked reviewed: its source's now, or null when it has none.</summary>
    public static string? SourceHashFor(ContentSet content, Article translation)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(translation);
        if (translation.Language == Languages.Default)
        {
            return null;
        }

        var source = content.TranslationsOf(translation).Where(a => a.Language == Languages.Default).OrderBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault();
        return source is null ? null : SiblingHash.Of(source);
    }
}
