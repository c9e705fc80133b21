namespace KnowledgeBase.Search.Querying;

/// <summary>
/// The weights of ranking, in one place: BM25F field weights and length normalisation, what each
/// form of a typed word is worth, and how much phrases and the best section add. Chosen by sweeps
/// over the known-item and judged suites (docs/relevance.md); tests may try others.
/// </summary>
internal sealed record RankingOptions
{
    public static RankingOptions Default { get; } = new();

    /// <summary>BM25's saturation: how fast further occurrences of a word stop adding to its score.</summary>
    public float K1 { get; init; } = 1.2f;

    // Document score (whole-document entries): one BM25F over these fields.
    public float TitleWeight { get; init; } = 3f;
    public float TitleLengthNormalization { get; init; } = 0.5f;
    public float AliasWeight { get; init; } = 3f;
    public float AliasLengthNormalization { get; init; } = 0.5f;
    public float HeadingsWeight { get; init; } = 1.5f;
    public float HeadingsLengthNormalization { get; init; } = 0.5f;
    public float TextLengthNormalization { get; init; } = 0.6f;

    // Section score (head and section entries): BM25F over heading and text.
    public float SectionHeadingWeight { get; init; } = 3f;
    public float SectionHeadingLengthNormalization { get; init; } = 0.5f;
    public float SectionTextLengthNormalization { get; init; } = 0.75f;

    // A typed word scores once, for the best of its forms; the others add this share of theirs.
    public float TieBreaker { get; init; } = 0.1f;
    public float Exact { get; init; } = 1f;
    public float Stemmed { get; init; } = 0.9f;
    public float Synonym { get; init; } = 0.8f;
    public float Prefix { get; init; } = 0.6f;
    public float Typo { get; init; } = 1f;

    /// <summary>A stop word scores as typed, outside coordination, at this share.</summary>
    public float StopWord { get; init; } = 0.5f;

    /// <summary>All the words typed, in order, in a title, alias, heading or section text.</summary>
    public float Phrase { get; init; } = 0.5f;

    /// <summary>Multiplies a result's score by the share of typed words it matches.</summary>
    public bool Coordination { get; init; } = true;

    /// <summary>How much of the best section's score is added to its document's.</summary>
    public float Section { get; init; } = 0.25f;

    /// <summary>
    /// When the query does not ask for a kind ("… reply"), an SOP is the answer and its reply template
    /// the way to say it: on a near tie between the two (they share a title), the SOP comes first.
    /// </summary>
    public float ArticlePrior { get; init; } = 1.05f;

    public float Code { get; init; } = 12f;
    public float Shortcut { get; init; } = 10f;
}
