namespace KnowledgeBase.Content.Onboarding;

/// <summary>An ordered list of steps a new hire in one role follows, read from <c>paths/&lt;slug&gt;.yml</c>.</summary>
/// <param name="Id">The file's path without extension, e.g. <c>paths/customer-service-specialist</c>.</param>
/// <param name="Role">One of <see cref="OnboardingRoles.All"/> as written (validated by a rule, not the parser).</param>
public sealed record LearningPath(string Id, string RelativePath, string Title, string Role, string Language, IReadOnlyList<PathStep> Steps)
{
    public string? Description { get; init; }

    /// <summary>The slug after <c>paths/</c>, used in URLs.</summary>
    public string Slug => Id[(Id.LastIndexOf('/') + 1)..];
}
