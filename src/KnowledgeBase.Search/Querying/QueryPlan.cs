using KnowledgeBase.Content.Model;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// A query built from user text, plus what snippets need to mark the words that matched:
/// folded terms (with synonyms and typo corrections), stemmed terms per language, and the prefix.
/// </summary>
internal sealed class QueryPlan
{
    public static QueryPlan Empty { get; } = new(null, new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, HashSet<string>>(), null, null);

    public QueryPlan(
        Query? query,
        HashSet<string> foldedTerms,
        Dictionary<string, HashSet<string>> stemmedTerms,
        string? prefix,
        string? didYouMean)
    {
        Query = query;
        FoldedTerms = foldedTerms;
        StemmedTerms = stemmedTerms;
        Prefix = prefix;
        DidYouMean = didYouMean;
    }

    /// <summary>Ranks documents (over whole-document entries); null when the text holds no searchable word.</summary>
    public Query? Query { get; }

    /// <summary>Finds the best head or section entry within a document.</summary>
    public Query? EntryQuery { get; init; }

    public HashSet<string> FoldedTerms { get; }

    public Dictionary<string, HashSet<string>> StemmedTerms { get; }

    /// <summary>The folded last word when it is matched as a prefix (as-you-type).</summary>
    public string? Prefix { get; }

    public string? DidYouMean { get; }

    /// <summary>The words typed (stop words aside), to tell whether a result's title names them all.</summary>
    public IReadOnlyList<QueryWord> Words { get; init; } = [];

    /// <summary>Each word's section-level clause, aligned with <see cref="Words"/> (null: the word matches no section field).</summary>
    public IReadOnlyList<Query?> EntryWords { get; init; } = [];

    /// <summary>The language the text itself seems to be in, if clear.</summary>
    public string? GuessedLanguage { get; init; }

    /// <summary>The kind of document the text asks for ("… reply" → templates), if any.</summary>
    public DocumentKind? PreferredKind { get; init; }
}
