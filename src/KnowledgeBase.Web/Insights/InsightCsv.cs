using System.Text;

namespace KnowledgeBase.Web.Insights;

/// <summary>
/// Writes a table as RFC 4180 CSV (CRLF, fields with a comma, quote or line break quoted, quotes
/// doubled). Queries are what anyone typed, so a cell that a spreadsheet would run as a formula
/// (starting with = + - @, tab or CR) is prefixed with an apostrophe.
/// </summary>
public static class InsightCsv
{
    public static string Write(InsightTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var builder = new StringBuilder();
        AppendLine(builder, table.Columns);
        foreach (var row in table.Rows)
        {
            AppendLine(builder, row.Cells);
        }

        return builder.ToString();
    }

    /// <summary>One field, defused and quoted as needed.</summary>
    public static string Field(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    private static void AppendLine(StringBuilder builder, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                builder.Append(',');
            }

            builder.Append(Field(field));
            first = false;
        }

        builder.Append("\r\n");
    }
}
