using KnowledgeBase.Web.Insights;

namespace KnowledgeBase.Web.Tests.Insights;

public sealed class InsightCsvTests
{
    [Theory]
    [InlineData("delivery times", "delivery times")]
    [InlineData("", "")]
    [InlineData("refund, partial", "\"refund, partial\"")]
    [InlineData("the \"express\" option", "\"the \"\"express\"\" option\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+420 123", "'+420 123")]
    [InlineData("-5 discount", "'-5 discount")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("a=b", "a=b")]
    public void Field_QuotesPerRfc4180_AndDefusesFormulas(string value, string expected) =>
        Assert.Equal(expected, InsightCsv.Field(value));

    [Fact]
    public void Write_HasAHeaderAndCrlfLineEnds()
    {
        var table = new InsightTable("t", "T", "", ["Query", "Searches"], [new InsightRow(["a, b", "2"]), new InsightRow(["=x", "1"])]);

        Assert.Equal("Query,Searches\r\n\"a, b\",2\r\n'=x,1\r\n", InsightCsv.Write(table));
    }
}
