using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Scoring;

/// <summary>
/// One word form scored with BM25F (Robertson, Zaragoza, Taylor 2004): its matches in every field
/// — title, aliases, headings, text — are weighted, length-normalised per field and summed
/// <em>before</em> saturation, so a title hit counts like a few more occurrences, never like a
/// second word. One idf for the word, from <see cref="StatisticsField"/> (where every word of the
/// document is), so how common a word is does not depend on which field it turned up in.
/// </summary>
internal sealed class Bm25fQuery : Query
{
    public Bm25fQuery(string text, IReadOnlyList<ScoredField> fields, string statisticsField, ITermStates states, int? docFreq = null, float k1 = 1.2f)
    {
        K1 = k1;
        Text = text;
        Fields = fields;
        StatisticsField = statisticsField;
        States = states;
        DocFreq = docFreq;
    }

    public string Text { get; }

    /// <summary>Saturation: the weighted frequency at which a word reaches half its maximum score.</summary>
    public float K1 { get; }

    public IReadOnlyList<ScoredField> Fields { get; }

    public string StatisticsField { get; }

    /// <summary>When set, the idf comes from this document frequency instead of the term's own.</summary>
    public int? DocFreq { get; }

    /// <summary>Resolves term states and enumerators (the planner's lookup, shared by the whole query).</summary>
    internal ITermStates States { get; }

    public override Weight CreateWeight(IndexSearcher searcher) => new Bm25fWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var field in Fields)
        {
            terms.Add(new Term(field.Name, Text));
        }
    }

    public override string ToString(string field) =>
        $"bm25f({Text} in {string.Join(",", Fields.Select(f => $"{f.Name}^{f.Weight}"))})" + (Boost == 1f ? string.Empty : $"^{Boost}");

    public override bool Equals(object? obj) =>
        obj is Bm25fQuery other && other.Text == Text && other.StatisticsField == StatisticsField && other.Boost == Boost && other.Fields.SequenceEqual(Fields);

    public override int GetHashCode() => HashCode.Combine(Text, StatisticsField, Boost, Fields.Count);
}
