using KnowledgeBase.Web.Services;

namespace KnowledgeBase.Web.Insights;

/// <summary>A dashboard table as CSV (see <see cref="CsvText"/> for quoting and formula defusing).</summary>
public static class InsightCsv
{
    public static string Write(InsightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return CsvText.Write(table.Rows.Select(row => row.Cells).Prepend(table.Columns));
    }

    /// <summary>One field, defused and quoted as needed.</summary>
    public static string Field(string? value) => CsvText.Field(value);
}
