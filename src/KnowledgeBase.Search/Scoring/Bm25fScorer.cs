using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Scoring;

/// <summary>
/// Walks a word's postings in every field at once (a small disjunction, doc at a time) and scores
/// each document by BM25F: the weighted, length-normalised frequencies summed, then saturated once.
/// </summary>
internal sealed class Bm25fScorer : Scorer
{
    private readonly FieldPostings[] _fields;
    private readonly float _idfTimesBoost;
    private readonly float _k1;
    private int _doc = -1;

    public Bm25fScorer(Weight weight, List<FieldPostings> fields, float idfTimesBoost, float k1)
        : base(weight)
    {
        _k1 = k1;
        _fields = [.. fields];
        _idfTimesBoost = idfTimesBoost;
    }

    public override int DocID => _doc;

    public override int Freq
    {
        get
        {
            var sum = 0;
            foreach (var postings in _fields)
            {
                if (postings.Docs.DocID == _doc)
                {
                    sum += postings.Docs.Freq;
                }
            }

            return sum;
        }
    }

    public override float GetScore()
    {
        var weighted = 0f;
        foreach (var field in _fields)
        {
            if (field.Docs.DocID == _doc)
            {
                // Without norms the field's length is taken as average: one occurrence is worth its weight.
                var factor = field.Norms is { } norms ? field.LengthFactors[(byte)norms.Get(_doc)] : field.Weight;
                weighted += field.Docs.Freq * factor;
            }
        }

        return _idfTimesBoost * weighted * (_k1 + 1) / (_k1 + weighted);
    }

    public override int NextDoc()
    {
        foreach (var field in _fields)
        {
            if (field.Docs.DocID == _doc)
            {
                field.Docs.NextDoc();
            }
        }

        return _doc = Smallest();
    }

    public override int Advance(int target)
    {
        foreach (var field in _fields)
        {
            if (field.Docs.DocID < target)
            {
                field.Docs.Advance(target);
            }
        }

        return _doc = Smallest();
    }

    public override long GetCost() => _fields.Sum(f => f.Docs.GetCost());

    private int Smallest()
    {
        var smallest = NO_MORE_DOCS;
        foreach (var field in _fields)
        {
            smallest = Math.Min(smallest, field.Docs.DocID);
        }

        return smallest;
    }

    /// <summary>One field's postings for the word, its norms, and what one occurrence there is worth per norm value.</summary>
    internal sealed record FieldPostings(DocsEnum Docs, NumericDocValues? Norms, float[] LengthFactors, float Weight);
}
