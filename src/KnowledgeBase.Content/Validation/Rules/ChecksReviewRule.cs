using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Translations;

namespace KnowledgeBase.Content.Validation.Rules;

/// <summary>Warns about knowledge checks whose SOP changed since they were reviewed (or that never were).</summary>
public sealed class ChecksReviewRule : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content) =>
        StaleSiblings.Checks(content).Select(c => Finding.Warning(c.Checks[0].RelativePath, 1, "checks-review",
            $"{c.Sop.Id} changed since its {c.Checks.Count} knowledge check(s) were reviewed; after checking them, mark them reviewed on /reviews or set '{SiblingHash.ChecksHashKey}: {c.SopHash}' in the SOP"));
}
