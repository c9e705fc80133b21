namespace KnowledgeBase.Content.Onboarding;

/// <summary>
/// One step of a learning path. <see cref="Target"/> is a document id; for a check step it is the
/// SOP's id and <see cref="CheckId"/> names the check in the SOP's <c>.checks.yml</c>.
/// </summary>
/// <param name="Number">1-based position in the path.</param>
/// <param name="Line">1-based line in the path file, for findings.</param>
public sealed record PathStep(int Number, StepKind Kind, string Target, int Line)
{
    /// <summary>Heading anchor of the one section to read (read steps), or null for the whole SOP.</summary>
    public string? Section { get; init; }

    /// <summary>The situation the new hire fills the template for (practise steps).</summary>
    public string? Scenario { get; init; }

    /// <summary>The check's id inside the SOP's checks file (check steps).</summary>
    public string? CheckId { get; init; }

    /// <summary>What the step is called in the step list; null means "use the document's title".</summary>
    public string? Title { get; init; }

    /// <summary>The stable key progress is stored under: <c>read:id</c>, <c>practise:id</c>, <c>check:id#check</c>.</summary>
    public string Key => Kind switch
    {
        StepKind.Check => $"check:{KnowledgeCheck.KeyOf(Target, CheckId ?? "")}",
        StepKind.Practise => $"practise:{Target}",
        _ => $"read:{Target}",
    };
}
