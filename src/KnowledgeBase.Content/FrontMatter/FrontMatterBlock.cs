namespace KnowledgeBase.Content.FrontMatter;

/// <summary>A content file split into its YAML front matter and its body.</summary>
/// <param name="Yaml">The YAML between the <c>---</c> lines; null when the file has no front matter.</param>
/// <param name="YamlLine">1-based file line of the first YAML line.</param>
/// <param name="Body">Everything after the closing <c>---</c> (or the whole file without front matter).</param>
/// <param name="BodyLine">1-based file line where the body starts.</param>
/// <param name="IsUnclosed">The file opens front matter but never closes it.</param>
internal sealed record FrontMatterBlock(string? Yaml, int YamlLine, string Body, int BodyLine, bool IsUnclosed)
{
    /// <summary>Splits text that has already been normalised to LF line endings without a BOM.</summary>
    public static FrontMatterBlock Split(string text)
    {
        if (!IsDelimiter(FirstLine(text), opening: true))
        {
            return new FrontMatterBlock(null, 1, text, 1, IsUnclosed: false);
        }

        var start = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        if (start == 0)
        {
            return new FrontMatterBlock(null, 2, string.Empty, 2, IsUnclosed: true);
        }

        var line = 2;
        for (var position = start; position <= text.Length; line++)
        {
            var end = text.IndexOf('\n', position);
            var lineText = end < 0 ? text[position..] : text[position..end];
            if (IsDelimiter(lineText, opening: false))
            {
                var yaml = text[start..position];
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new FrontMatterBlock(yaml, 2, body, line + 1, IsUnclosed: false);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
        }

        return new FrontMatterBlock(null, 2, text[start..], 2, IsUnclosed: true);
    }

    /// <summary>Removes a byte order mark and turns CRLF and lone CR into LF, keeping line numbers.</summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }

    private static bool IsDelimiter(string line, bool opening)
    {
        var trimmed = line.TrimEnd();
        return trimmed == "---" || (!opening && trimmed == "...");
    }
}
