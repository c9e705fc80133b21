using KnowledgeBase.Storage.Insights;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Storage.Tests.Insights;

/// <summary>A real database file in a temporary folder with an insight store over it, and fake time.</summary>
public abstract class InsightDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kb-tests", "insights-" + Guid.NewGuid().ToString("N"));

    protected InsightDatabase()
    {
        File = Path.Combine(_folder, "knowledgebase.db");
        Database = KnowledgeBaseDatabase.Open(File);
        Store = new InsightStore(Database);
    }

    protected string File { get; }

    protected KnowledgeBaseDatabase Database { get; private set; }

    protected InsightStore Store { get; private set; }

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    protected DateTimeOffset Now => Time.GetUtcNow();

    protected InsightPeriod LastWeek => InsightPeriod.LastDays(Now, 7);

    protected void Reopen()
    {
        Database.Dispose();
        Database = KnowledgeBaseDatabase.Open(File);
        Store = new InsightStore(Database);
    }

    protected Guid Searched(string query, int results, string? opened = null, DateTimeOffset? at = null, string? language = null)
    {
        var id = Guid.NewGuid();
        Store.RecordSearch(new SearchEvent(id, at ?? Now, "u1", query, language, results, opened));
        return id;
    }

    public void Dispose()
    {
        Database.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
