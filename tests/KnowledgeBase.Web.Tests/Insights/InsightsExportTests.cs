using System.Text;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Web.Insights;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Insights;

public sealed class InsightsExportTests : WebTestContext
{
    protected override void Write(TempContentFolder content) => InsightsContent.Write(content);

    private IResult Export(string table, string? days = null, string? from = null, string? to = null, CancellationToken cancellationToken = default) =>
        InsightsEndpoints.Export(table, days, from, to, Services.GetRequiredService<InsightTables>(), Time, cancellationToken);

    [Fact]
    public void ZeroResultSearches_ExportAsCsv_WithQueriesQuotedAndDefused()
    {
        var now = Time.GetUtcNow();
        Insights.RecordSearch(new SearchEvent(Guid.NewGuid(), now, null, "=cmd|' /C calc'!A0", null, 0));
        Insights.RecordSearch(new SearchEvent(Guid.NewGuid(), now.AddMinutes(-1), null, "size \"XL\", red", null, 0));

        var file = Assert.IsType<FileContentHttpResult>(Export(InsightTableNames.ZeroResultSearches, days: "7"));

        Assert.Equal("text/csv; charset=utf-8", file.ContentType);
        Assert.Equal("zero-result-searches-2026-11-17-2026-11-23.csv", file.FileDownloadName);
        var bytes = file.FileContents.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("Query,Searches,Last seen (UTC)", lines[0]);
        Assert.Equal("'=cmd|' /c calc'!a0,1,2026-11-23 10:00", lines[1]);
        Assert.Equal("\"size \"\"xl\"\", red\",1,2026-11-23 09:59", lines[2]);
    }

    [Fact]
    public void AnUnknownTable_IsNotFound() =>
        Assert.IsType<NotFound>(Export("passwords"));

    [Fact]
    public void ACustomPeriod_NamesTheFile() =>
        Assert.Equal("top-searches-2026-11-01-2026-11-15.csv",
            Assert.IsType<FileContentHttpResult>(Export(InsightTableNames.TopSearches, from: "2026-11-01", to: "2026-11-15")).FileDownloadName);

    [Fact]
    public void AClientThatWentAway_StopsTheExport()
    {
        Insights.RecordSearch(new SearchEvent(Guid.NewGuid(), Time.GetUtcNow(), null, "refund", null, 0));
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Export(InsightTableNames.TopSearches, days: "30", cancellationToken: gone.Token));
    }

    [Fact]
    public void AnInvalidPeriod_IsABadRequest_WithTheReason()
    {
        var problem = Assert.IsType<ProblemHttpResult>(Export(InsightTableNames.TopSearches, from: "2026-11-15", to: "2026-11-01"));

        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
        Assert.Contains("from (2026-11-15) is after to (2026-11-01)", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }
}
