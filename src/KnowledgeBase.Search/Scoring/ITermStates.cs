using Lucene.Net.Index;

namespace KnowledgeBase.Search.Scoring;

/// <summary>
/// Term states and terms enumerators for one query against one reader, shared by all its word
/// clauses. A query holds dozens of word forms in several fields, and each opened its own terms
/// enumerator per field to seek what was already looked up: most of a search's garbage.
/// </summary>
internal interface ITermStates
{
    /// <summary>The reader the states belong to.</summary>
    IndexReader Reader { get; }

    /// <summary>The term's per-segment states and statistics.</summary>
    TermContext Context(Term term);

    /// <summary>The field's terms enumerator in one segment (null when the segment lacks the field), reused for every term.</summary>
    TermsEnum? Enumerator(AtomicReaderContext leaf, string field);
}
