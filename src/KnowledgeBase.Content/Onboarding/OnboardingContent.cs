namespace KnowledgeBase.Content.Onboarding;

/// <summary>The learning paths and knowledge checks of a content folder. Immutable.</summary>
public sealed class OnboardingContent
{
    public static readonly OnboardingContent Empty = new([], []);

    private readonly Dictionary<string, LearningPath> _paths;
    private readonly Dictionary<string, KnowledgeCheck> _checks;

    public OnboardingContent(IEnumerable<LearningPath> paths, IEnumerable<KnowledgeCheck> checks)
    {
        Paths = [.. paths.OrderBy(p => p.Id, StringComparer.Ordinal)];
        Checks = [.. checks];
        _paths = Paths.ToDictionary(p => p.Id, StringComparer.Ordinal);
        // Duplicates are reported by OnboardingRule; the first one wins here.
        _checks = Checks.DistinctBy(c => c.Key).ToDictionary(c => c.Key, StringComparer.Ordinal);
    }

    public IReadOnlyList<LearningPath> Paths { get; }

    /// <summary>Every check in file order, duplicates included (for validation).</summary>
    public IReadOnlyList<KnowledgeCheck> Checks { get; }

    public LearningPath? FindPath(string id) => _paths.GetValueOrDefault(id);

    public KnowledgeCheck? FindCheck(string key) => _checks.GetValueOrDefault(key);

    public IEnumerable<KnowledgeCheck> ChecksFor(string documentId) => _checks.Values.Where(c => c.DocumentId == documentId);
}
