using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Scoring;

/// <summary>The searcher-specific half of <see cref="Bm25fQuery"/>: idf, per-field length tables, term states.</summary>
internal sealed class Bm25fWeight : Weight
{
    private readonly Bm25fQuery _query;
    private readonly TermContext[] _states;
    private readonly float[][] _lengthFactors;
    private readonly float _idf;
    private readonly BytesRef _text;
    private readonly bool _sharedStates;
    private float _boost;

    public Bm25fWeight(Bm25fQuery query, IndexSearcher searcher)
    {
        _query = query;
        var fields = query.Fields;
        _text = new BytesRef(query.Text);
        _states = new TermContext[fields.Count];
        _lengthFactors = new float[fields.Count][];

        // Enumerators are shared only with the reader the states came from (a searcher over another reader builds its own).
        _sharedStates = query.States.Reader.Context == searcher.TopReaderContext;
        for (var i = 0; i < fields.Count; i++)
        {
            var term = new Term(fields[i].Name, query.Text);
            _states[i] = _sharedStates ? query.States.Context(term) : TermContext.Build(searcher.TopReaderContext, term);
            _lengthFactors[i] = LengthFactors(fields[i], FieldStatistics.Of(searcher, fields[i].Name).AverageLength);
        }

        var (documents, _) = FieldStatistics.Of(searcher, query.StatisticsField);
        var docFreq = query.DocFreq ?? (_sharedStates ? query.States.Context(new Term(query.StatisticsField, query.Text)) : TermContext.Build(searcher.TopReaderContext, new Term(query.StatisticsField, query.Text))).DocFreq;
        _idf = FieldStatistics.Idf(Math.Max(docFreq, 1), Math.Max(documents, docFreq));
        _boost = query.Boost;
    }

    public override Query Query => _query;

    public override float GetValueForNormalization() => _idf * _boost * _idf * _boost;

    /// <summary>BM25 ignores the query norm; only boosts from enclosing queries apply.</summary>
    public override void Normalize(float norm, float topLevelBoost) => _boost = _query.Boost * topLevelBoost;

    public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var postings = new List<Bm25fScorer.FieldPostings>(_states.Length);
        for (var i = 0; i < _states.Length; i++)
        {
            var state = _states[i].Get(context.Ord);
            if (state is null)
            {
                continue;
            }

            var field = _query.Fields[i];
            var terms = _sharedStates ? _query.States.Enumerator(context, field.Name)! : reader.GetTerms(field.Name)!.GetEnumerator();
            terms.SeekExact(_text, state);
            var docs = terms.Docs(acceptDocs, null, DocsFlags.FREQS);
            if (docs is not null)
            {
                postings.Add(new Bm25fScorer.FieldPostings(docs, reader.GetNormValues(field.Name), _lengthFactors[i], field.Weight));
            }
        }

        return postings.Count == 0 ? null : new Bm25fScorer(this, postings, _idf * _boost, _query.K1);
    }

    public override Explanation Explain(AtomicReaderContext context, int doc)
    {
        var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
        if (scorer is not null && scorer.Advance(doc) == doc)
        {
            return new Explanation(scorer.GetScore(), $"bm25f({_query.Text}), idf {_idf}, boost {_boost}");
        }

        return new Explanation(0f, $"no match for {_query.Text}");
    }

    /// <summary>
    /// For each stored norm byte, the field's weight divided by its length normalisation
    /// <c>(1 − b) + b · length / average</c>: what one occurrence contributes to the weighted frequency.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(float Weight, float B, float Average), float[]> Tables = new();

    /// <summary>Remembered: every search builds a weight per word form and field, and the tables only depend on these three numbers.</summary>
    private static float[] LengthFactors(ScoredField field, float averageLength) =>
        Tables.Count > 10_000
            ? BuildLengthFactors(field, averageLength)
            : Tables.GetOrAdd((field.Weight, field.LengthNormalization, averageLength), key => BuildLengthFactors(field, averageLength));

    private static float[] BuildLengthFactors(ScoredField field, float averageLength)
    {
        var factors = new float[256];
        for (var norm = 0; norm < factors.Length; norm++)
        {
            var length = FieldLengths.Of(norm);
            var b = field.LengthNormalization;
            factors[norm] = field.Weight / ((1 - b) + (b * Math.Min(length, 1e6f) / averageLength));
        }

        return factors;
    }
}
