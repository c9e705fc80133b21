using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Onboarding;

/// <summary>
/// Learning paths and knowledge checks point at content that exists: every step's SOP, section,
/// template and check; every check has a correct answer and a unique id; every path a known role.
/// </summary>
public sealed class OnboardingRule : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var onboarding = content.Onboarding;
        foreach (var path in onboarding.Paths)
        {
            if (!string.IsNullOrEmpty(path.Role) && !OnboardingRoles.IsKnown(path.Role))
            {
                yield return Finding.Error(path.RelativePath, 1, "path-role",
                    $"unknown role '{path.Role}'; use one of: {string.Join(", ", OnboardingRoles.All)}");
            }

            if (!string.IsNullOrEmpty(path.Language) && !Languages.IsSupported(path.Language))
            {
                yield return Finding.Error(path.RelativePath, 1, "path-language", $"'{path.Language}' is not a language code");
            }

            foreach (var step in path.Steps)
            {
                if (StepProblem(content, step) is { } problem)
                {
                    yield return Finding.Error(path.RelativePath, step.Line, "path-step", problem);
                }
            }
        }

        foreach (var group in onboarding.Checks.GroupBy(c => c.Key, StringComparer.Ordinal))
        {
            foreach (var duplicate in group.Skip(1))
            {
                yield return Finding.Error(duplicate.RelativePath, duplicate.Line, "check-duplicate", $"check id '{duplicate.Id}' is used twice in this file");
            }
        }

        foreach (var check in onboarding.Checks)
        {
            if (check.Options.Count > 0 && !check.Options.Any(o => o.IsCorrect))
            {
                yield return Finding.Error(check.RelativePath, check.Line, "check-answer", $"check '{check.Id}' has no correct answer (mark one with 'correct: true')");
            }

            if (content.Find(check.DocumentId) is not Article)
            {
                yield return Finding.Error(check.RelativePath, 1, "check-sop", $"no SOP '{check.DocumentId}' beside this checks file");
            }
        }
    }

    private static string? StepProblem(ContentSet content, PathStep step)
    {
        var document = content.Find(step.Target);
        switch (step.Kind)
        {
            case StepKind.Read when document is not Article:
                return $"step {step.Number}: SOP '{step.Target}' does not exist";
            case StepKind.Read when step.Section is { } section && document.Sections.All(s => s.Anchor != section):
                return $"step {step.Number}: '{step.Target}' has no section '{section}' (sections: {string.Join(", ", document.Sections.Where(s => s.Anchor is not null).Select(s => s.Anchor))})";
            case StepKind.Practise when document is not ReplyTemplate:
                return $"step {step.Number}: template '{step.Target}' does not exist";
            case StepKind.Practise when string.IsNullOrWhiteSpace(step.Scenario):
                return $"step {step.Number}: a practise step needs a 'scenario:' to fill the template for";
            case StepKind.Check when document is not Article:
                return $"step {step.Number}: SOP '{step.Target}' does not exist";
            case StepKind.Check when content.Onboarding.FindCheck(KnowledgeCheck.KeyOf(step.Target, step.CheckId ?? "")) is null:
                return $"step {step.Number}: '{step.Target}' has no check '{step.CheckId}' (add it to {step.Target}{OnboardingParser.ChecksExtension})";
            default:
                return null;
        }
    }
}
