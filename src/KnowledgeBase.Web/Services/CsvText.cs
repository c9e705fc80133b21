using System.Text;

namespace KnowledgeBase.Web.Services;

/// <summary>
/// RFC 4180 CSV for the lead's exports (CRLF, fields with a comma, quote or line break quoted,
/// quotes doubled). Cells hold what people typed, so one a spreadsheet would run as a formula
/// (starting with = + - @, tab or CR) is prefixed with an apostrophe.
/// </summary>
public static class CsvText
{
    /// <summary>The rows, the header first, one line each.</summary>
    public static string Write(IEnumerable<IEnumerable<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var builder = new StringBuilder();
        foreach (var row in rows)
        {
            builder.AppendJoin(',', row.Select(Field)).Append("\r\n");
        }

        return builder.ToString();
    }

    /// <summary>
    /// The CSV as a download, with a byte order mark so spreadsheet programs read the UTF-8
    /// (Cyrillic, Czech) correctly.
    /// </summary>
    public static IResult Download(string csv, string fileName)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", fileName);
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
}
