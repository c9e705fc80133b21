namespace KnowledgeBase.Search.Scoring;

/// <summary>One field of a BM25F score: how much a match in it counts, and how much its length matters.</summary>
/// <param name="Name">The index field.</param>
/// <param name="Weight">A match here counts as this many matches in plain text, before saturation.</param>
/// <param name="LengthNormalization">BM25's b for this field: 0 ignores length, 1 normalises fully.</param>
internal sealed record ScoredField(string Name, float Weight, float LengthNormalization);
