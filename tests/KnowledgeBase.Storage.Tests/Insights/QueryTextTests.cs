using KnowledgeBase.Storage.Insights;

namespace KnowledgeBase.Storage.Tests.Insights;

public sealed class QueryTextTests
{
    [Theory]
    [InlineData("Delivery Times", "delivery times")]
    [InlineData("  delivery \t\n  times  ", "delivery times")]
    [InlineData("СРОКИ доставки", "сроки доставки")]
    [InlineData("", "")]
    public void Normalise_LowerCasesAndCollapsesWhitespace(string query, string expected) =>
        Assert.Equal(expected, QueryText.Normalise(query));
}
