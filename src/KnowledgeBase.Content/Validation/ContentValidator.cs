using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Content.Validation;

/// <summary>Runs every registered rule over a content set, on top of the findings from loading it.</summary>
public sealed class ContentValidator(IEnumerable<IContentRule> rules)
{
    public ValidationReport Validate(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var findings = content.Findings.Concat(rules.SelectMany(rule => Run(rule, content)))
            .Distinct()
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        return new ValidationReport(findings);
    }

    private static IEnumerable<Finding> Run(IContentRule rule, ContentSet content)
    {
        // A rule that crashes is a bug in the rule, not in the content; report it instead of failing validation.
        try
        {
            return rule.Check(content).ToList();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return [Finding.Error(".", 1, "internal", $"check {rule.GetType().Name} failed: {ex.Message}")];
        }
    }
}
