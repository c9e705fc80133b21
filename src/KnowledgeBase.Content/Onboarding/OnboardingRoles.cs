namespace KnowledgeBase.Content.Onboarding;

/// <summary>The roles a learning path can be for. Compared ignoring case, hyphens and spaces alike.</summary>
public static class OnboardingRoles
{
    public static readonly IReadOnlyList<string> All = ["customer-service specialist", "support engineer", "supervisor"];

    public static bool IsKnown(string? role) => role is not null && All.Any(r => Normalize(r) == Normalize(role));

    public static string Normalize(string role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return string.Join(' ', role.Trim().ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
