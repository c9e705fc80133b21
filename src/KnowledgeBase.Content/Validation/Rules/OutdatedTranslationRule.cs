using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Translations;

namespace KnowledgeBase.Content.Validation.Rules;

/// <summary>Warns about translations reviewed against an older text of their source SOP (or never).</summary>
public sealed class OutdatedTranslationRule : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content) =>
        StaleSiblings.OutdatedTranslations(content).Select(o => Finding.Warning(o.Translation.RelativePath, 1, "translation-outdated",
            o.ReviewedHash is null
                ? $"not yet reviewed against its source {o.Source.Id}; after checking it, mark it reviewed on /reviews or set '{SiblingHash.SourceHashKey}: {o.SourceHash}'"
                : $"{o.Source.Id} changed since this translation was reviewed; after updating it, mark it reviewed on /reviews or set '{SiblingHash.SourceHashKey}: {o.SourceHash}'"));
}
