using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Library;

/// <summary>What a batch of file changes did to the library.</summary>
/// <param name="Upserted">Documents added or changed (their new versions).</param>
/// <param name="Removed">Ids of documents deleted, renamed away, or no longer readable.</param>
/// <param name="SynonymsChanged">A synonym file was added, changed or removed.</param>
/// <param name="PhrasebooksChanged">A phrasebook file was added, changed or removed.</param>
/// <param name="OnboardingChanged">A learning-path or knowledge-check file was added, changed or removed.</param>
public sealed record ContentChange(
    IReadOnlyList<ContentDocument> Upserted,
    IReadOnlyList<string> Removed,
    bool SynonymsChanged,
    bool PhrasebooksChanged,
    bool OnboardingChanged = false)
{
    public bool IsEmpty => Upserted.Count == 0 && Removed.Count == 0 && !SynonymsChanged && !PhrasebooksChanged && !OnboardingChanged;

    /// <summary>Every id this change touched.</summary>
    public IEnumerable<string> Ids => Upserted.Select(d => d.Id).Concat(Removed);
}
