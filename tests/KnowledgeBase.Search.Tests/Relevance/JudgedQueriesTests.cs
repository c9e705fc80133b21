using KnowledgeBase.Search.Querying;
using Xunit.Abstractions;

namespace KnowledgeBase.Search.Tests.Relevance;

/// <summary>
/// The relevance suite over the shipped content: judged queries in all five languages, covering
/// exact, inflected, unaccented, prefix, typo, synonym, alias, code, template and section cases.
/// Every expected document must be in the top 3 (at the expected section, when one is given),
/// and nearly all at rank 1. Results per category are printed; docs/relevance.md records them.
/// </summary>
public sealed class JudgedQueriesTests(ShippedContentFixture shipped, ITestOutputHelper output) : IClassFixture<ShippedContentFixture>
{
    private static readonly IReadOnlyList<JudgedQuery> Queries = JudgedQuery.Load();

    public static TheoryData<string> Ids() => [.. Queries.Select(q => q.Id)];

    [Fact]
    public void TheSuite_CoversEveryLanguageAndCase()
    {
        Assert.True(Queries.Count >= 60);
        Assert.All(new[] { "en", "cs", "lv", "fr", "ru" }, language =>
            Assert.True(Queries.Count(q => q.Expect.Split('/')[1] == language) >= 10, language));
        Assert.All(new[] { "exact", "inflected", "unaccented", "prefix", "typo", "synonym", "alias", "section", "code", "template" }, category =>
            Assert.Contains(Queries, q => q.Category == category));
        Assert.All(Queries, q => Assert.NotNull(shipped.Content.Find(q.Expect)));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ExpectedDocument_IsInTheTopThree(string id)
    {
        var judged = Queries.Single(q => q.Id == id);
        var results = Search(judged);

        var rank = Rank(results, judged);
        Assert.True(rank is >= 1 and <= 3, $"{judged}: expected {judged.Expect} in the top 3, got [{string.Join(", ", results.Take(3).Select(r => r.Id))}]");
        if (judged.Section is not null)
        {
            Assert.Equal(judged.Section, results[rank!.Value - 1].Section);
        }
    }

    [Fact]
    public void MostQueries_RankTheExpectedDocumentFirst()
    {
        var rows = Queries.Select(q => (Query: q, Rank: Rank(Search(q), q))).ToList();

        foreach (var category in rows.GroupBy(r => r.Query.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{category.Key,-11} {category.Count(),3} queries  @1 {category.Count(r => r.Rank == 1),3}  @3 {category.Count(r => r.Rank <= 3),3}");
        }

        var atOne = rows.Count(r => r.Rank == 1) / (double)rows.Count;
        var mrr = rows.Average(r => r.Rank is { } rank ? 1.0 / rank : 0);
        output.WriteLine($"all         {rows.Count,3} queries  @1 {atOne:P1}  MRR {mrr:0.000}");
        foreach (var miss in rows.Where(r => r.Rank != 1))
        {
            output.WriteLine($"  rank {miss.Rank?.ToString() ?? "-"}: {miss.Query}");
        }

        Assert.True(atOne >= 0.9, $"only {atOne:P1} of judged queries rank the expected document first");
    }

    private IReadOnlyList<SearchHit> Search(JudgedQuery judged) =>
        shipped.Index.Search(new SearchRequest(judged.Query) { Language = judged.Language, Top = 10 }).Results;

    private static int? Rank(IReadOnlyList<SearchHit> results, JudgedQuery judged)
    {
        var index = results.ToList().FindIndex(r => r.Id == judged.Expect);
        return index < 0 ? null : index + 1;
    }
}
