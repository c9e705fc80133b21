using KnowledgeBase.Search.Indexing;
using KnowledgeBase.Search.Scoring;
using Lucene.Net.Search;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Turns a typed word's forms into one clause: the best form's BM25F score (plus a small share of
/// the others), so a word counts once however many ways it matches. The same forms score the
/// document (title, aliases, headings, all text) and, separately, each section (heading, text).
/// </summary>
internal sealed class WordClauses(RankingOptions ranking, TermLookup lookup)
{
    public Query? Document(IEnumerable<WordForm> forms, bool namesOnly) => Clause(forms, family => DocumentFields(family, namesOnly));

    public Query? Entry(IEnumerable<WordForm> forms, bool namesOnly) => Clause(forms, family => EntryFields(family, namesOnly));

    private Query? Clause(IEnumerable<WordForm> forms, Func<string?, IReadOnlyList<ScoredField>> fields)
    {
        var best = new DisjunctionMaxQuery(ranking.TieBreaker);
        foreach (var form in Distinct(forms))
        {
            var family = fields(form.Language).Where(f => f.Weight > 0).ToList();
            if (family.Count == 0)
            {
                continue;
            }

            var statistics = Field(SearchFields.All, form.Language);
            var terms = form.Term.Split(' ');
            if (terms.Length == 1)
            {
                best.Add(new Bm25fQuery(form.Term, family, statistics, lookup, form.DocFreq, ranking.K1) { Boost = form.Factor });
                continue;
            }

            // A multi-word synonym matches when all its words do, and is worth one word.
            var all = new BooleanQuery(disableCoord: true) { Boost = form.Factor / terms.Length };
            foreach (var term in terms)
            {
                all.Add(new Bm25fQuery(term, family, statistics, lookup, form.DocFreq, ranking.K1), Occur.MUST);
            }

            best.Add(all);
        }

        return best.Disjuncts.Count == 0 ? null : best.Disjuncts.Count == 1 ? best.Disjuncts[0] : best;
    }

    /// <summary>A term reached through several forms keeps its best factor.</summary>
    private static IEnumerable<WordForm> Distinct(IEnumerable<WordForm> forms) =>
        forms.GroupBy(f => (f.Term, f.Language)).Select(g => g.MaxBy(f => f.Factor)!);

    private IReadOnlyList<ScoredField> DocumentFields(string? language, bool namesOnly) =>
        namesOnly
            ? [new(Field(SearchFields.Title, language), ranking.TitleWeight, ranking.TitleLengthNormalization),
               new(Field(SearchFields.Alias, language), ranking.AliasWeight, ranking.AliasLengthNormalization),
               new(Field(SearchFields.Headings, language), ranking.HeadingsWeight, ranking.HeadingsLengthNormalization)]
            : [new(Field(SearchFields.Title, language), ranking.TitleWeight, ranking.TitleLengthNormalization),
               new(Field(SearchFields.Alias, language), ranking.AliasWeight, ranking.AliasLengthNormalization),
               new(Field(SearchFields.Headings, language), ranking.HeadingsWeight, ranking.HeadingsLengthNormalization),
               new(Field(SearchFields.All, language), 1f, ranking.TextLengthNormalization)];

    private IReadOnlyList<ScoredField> EntryFields(string? language, bool namesOnly) =>
        namesOnly
            ? [new(Field(SearchFields.Heading, language), ranking.SectionHeadingWeight, ranking.SectionHeadingLengthNormalization)]
            : [new(Field(SearchFields.Heading, language), ranking.SectionHeadingWeight, ranking.SectionHeadingLengthNormalization),
               new(Field(SearchFields.Body, language), 1f, ranking.SectionTextLengthNormalization)];

    public static string Field(string text, string? language) => language is null ? SearchFields.Folded(text) : SearchFields.Stemmed(text, language);
}
