using KnowledgeBase.Content.Onboarding;
using KnowledgeBase.Web.Services;

namespace KnowledgeBase.Web.Onboarding;

/// <summary>Where each onboarding page and step lives.</summary>
public static class OnboardingUrls
{
    public const string MyOnboarding = "/onboarding";
    public const string Team = "/team";

    /// <summary>The page that does the step: the SOP (at its section), the practise page, or the check page.</summary>
    public static string ForStep(LearningPath path, PathStep step)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(step);
        return step.Kind switch
        {
            StepKind.Read => DocumentUrls.For(step.Target, step.Section),
            StepKind.Practise => $"/onboarding/practise?path={Uri.EscapeDataString(path.Id)}&step={step.Number}",
            _ => Check(KnowledgeCheck.KeyOf(step.Target, step.CheckId ?? "")),
        };
    }

    public static string Check(string checkKey) => $"/onboarding/check?key={Uri.EscapeDataString(checkKey)}";

    public static string Export(string table) => $"/team/export/{table}.csv";
}
