namespace KnowledgeBase.Web.Authoring;

/// <summary>Tunables of the editor, bound from <c>KnowledgeBase:AuthoringUi</c>.</summary>
public sealed class AuthoringUiOptions
{
    public const string SectionName = "KnowledgeBase:AuthoringUi";

    /// <summary>
    /// How long typing must pause before the validation rules run. The preview follows every
    /// keystroke; the rules look at the whole library (the phrasebook rule builds an index), so
    /// they wait for a pause.
    /// </summary>
    public TimeSpan ChecksDelay { get; set; } = TimeSpan.FromMilliseconds(300);
}
