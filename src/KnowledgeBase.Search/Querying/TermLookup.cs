using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Term statistics for one query against one reader, with one terms enumerator per segment and
/// field reused for every lookup. Lucene otherwise opens a fresh enumerator per lookup (and again
/// per term query when it builds weights), which was most of a query's time and garbage.
/// Not thread-safe: one per query.
/// </summary>
internal sealed class TermLookup(IndexReader reader) : Scoring.ITermStates
{
    private readonly Dictionary<(int Leaf, string Field), TermsEnum?> _enumerators = [];
    private readonly Dictionary<Term, TermContext> _contexts = [];

    public IndexReader Reader => reader;

    /// <summary>How many index entries contain the term (0 when none).</summary>
    public int DocFreq(Term term) => Context(term).DocFreq;

    /// <summary>A term query whose per-segment term states are already resolved.</summary>
    public TermQuery Query(Term term, float boost = 1f) => new(term, Context(term)) { Boost = boost };

    /// <summary>The term's per-segment states and statistics, resolved once per query.</summary>
    public TermContext Context(Term term)
    {
        if (_contexts.TryGetValue(term, out var cached))
        {
            return cached;
        }

        var top = reader.Context;
        var context = new TermContext(top);
        foreach (var leaf in top.Leaves)
        {
            var terms = Enumerator(leaf, term.Field);
            if (terms is not null && terms.SeekExact(term.Bytes))
            {
                context.Register(terms.GetTermState(), leaf.Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }

        _contexts[term] = context;
        return context;
    }

    /// <summary>The field's terms enumerator in one segment, opened once per query.</summary>
    public TermsEnum? Enumerator(AtomicReaderContext leaf, string field)
    {
        var key = (leaf.Ord, field);
        if (!_enumerators.TryGetValue(key, out var terms))
        {
            terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            _enumerators[key] = terms;
        }

        return terms;
    }

    /// <summary>The first term of a field at or after <paramref name="prefix"/> starts with it.</summary>
    public bool HasPrefix(string field, BytesRef prefix)
    {
        foreach (var leaf in reader.Context.Leaves)
        {
            var terms = Enumerator(leaf, field);
            if (terms is not null && terms.SeekCeil(prefix) != TermsEnum.SeekStatus.END && StringHelper.StartsWith(terms.Term, prefix))
            {
                return true;
            }
        }

        return false;
    }
}
