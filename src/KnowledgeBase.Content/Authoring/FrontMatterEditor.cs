using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Content.Authoring;

/// <summary>
/// Changes one top-level front matter key with the smallest text edit: the key's lines (the key
/// line and its indented continuation) are replaced, everything else (comments, order, unknown
/// keys, quoting, line endings) stays byte for byte. A key that is not there is added before the
/// closing <c>---</c>; a file without front matter gets one.
/// </summary>
public static partial class FrontMatterEditor
{
    /// <summary>Sets <c>reviewed:</c> to <paramref name="date"/>.</summary>
    public static string SetReviewed(string text, DateOnly date) =>
        SetScalar(text, "reviewed", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>
    /// Sets a one-line scalar key, keeping a trailing <c># comment</c> on its line; otherwise as <see cref="Set"/>.
    /// </summary>
    public static string SetScalar(string text, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(value);
        var edited = Set(text, key, $"{key}: {Scalar(value)}");
        var line = new Regex($@"^{Regex.Escape(key)}[ \t]*:[ \t]*[^#\r\n]*?(?<comment>[ \t]+#[^\r\n]*)?\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        var comment = line.Match(FrontMatterOf(text)).Groups["comment"];
        if (!comment.Success)
        {
            return edited;
        }

        var replaced = $"{key}: {Scalar(value)}";
        var index = edited.IndexOf("\n" + replaced, StringComparison.Ordinal);
        return index < 0 ? edited : edited.Insert(index + 1 + replaced.Length, comment.Value);
    }

    private static string FrontMatterOf(string text)
    {
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return text.TrimStart('\uFEFF').StartsWith("---", StringComparison.Ordinal) && end > 0 ? text[..end] : "";
    }

    /// <summary>
    /// Replaces the lines of <paramref name="key"/> with <paramref name="yaml"/> (which must start
    /// with <c>key:</c>, LF line endings), or removes the key when <paramref name="yaml"/> is null.
    /// </summary>
    public static string Set(string text, string key, string? yaml)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var bom = text.StartsWith('\uFEFF') ? "\uFEFF" : "";
        var body = bom.Length > 0 ? text[1..] : text;
        var newline = body.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var replacement = yaml?.TrimEnd('\n').Replace("\n", newline, StringComparison.Ordinal);

        var lines = SplitLines(body);
        if (lines.Count == 0 || lines[0].Content.TrimEnd() != "---")
        {
            return replacement is null ? text : $"{bom}---{newline}{replacement}{newline}---{newline}{body}";
        }

        var close = lines.FindIndex(1, l => l.Content.TrimEnd() is "---" or "...");
        if (close < 0)
        {
            throw new FormatException("the front matter is never closed with a '---' line");
        }

        var start = lines.FindIndex(1, close - 1, l => KeyLine(key).IsMatch(l.Content));
        var result = new StringBuilder(bom);
        if (start < 0)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (i == close && replacement is not null)
                {
                    result.Append(replacement).Append(newline);
                }

                result.Append(lines[i].Content).Append(lines[i].Ending);
            }

            return result.ToString();
        }

        // The key's block: its line plus following lines that are indented, list items, or blank.
        var end = start + 1;
        while (end < close && (lines[end].Content.StartsWith(' ') || lines[end].Content.StartsWith('\t') || lines[end].Content.StartsWith('-')
            || (lines[end].Content.Trim().Length == 0 && NextContentIsContinuation(lines, end, close))))
        {
            end++;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (i == start && replacement is not null)
            {
                result.Append(replacement).Append(newline);
            }

            if (i < start || i >= end)
            {
                result.Append(lines[i].Content).Append(lines[i].Ending);
            }
        }

        return result.ToString();
    }

    /// <summary>Replaces everything after the front matter with <paramref name="body"/> (the whole text when there is none).</summary>
    public static string ReplaceBody(string text, string body)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(body);
        var lines = SplitLines(text.TrimStart('\uFEFF'));
        var offset = text.StartsWith('\uFEFF') ? 1 : 0;
        if (lines.Count == 0 || lines[0].Content.TrimEnd() != "---")
        {
            return body;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            offset += lines[i - 1].Content.Length + lines[i - 1].Ending.Length;
            if (lines[i].Content.TrimEnd() is "---" or "...")
            {
                var end = offset + lines[i].Content.Length;
                var ending = lines[i].Ending.Length > 0 ? lines[i].Ending : "\n";
                return text[..end] + ending + body;
            }
        }

        throw new FormatException("the front matter is never closed with a '---' line");
    }

    /// <summary>A YAML scalar, quoted only when plain YAML would read it differently.</summary>
    public static string Scalar(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return PlainSafe().IsMatch(value) && !Reserved().IsMatch(value)
            ? value
            : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";
    }

    /// <summary><c>key: value</c>, or null (remove the key) for an empty value.</summary>
    public static string? ScalarEntry(string key, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : $"{key}: {Scalar(value.Trim())}";

    /// <summary>A block list (<c>key:</c> then <c>  - item</c> lines), or null for no items.</summary>
    public static string? ListEntry(string key, IEnumerable<string> items)
    {
        var values = items.Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
        return values.Count == 0 ? null : $"{key}:\n" + string.Join("\n", values.Select(v => $"  - {Scalar(v)}"));
    }

    private static bool NextContentIsContinuation(List<(string Content, string Ending)> lines, int index, int close)
    {
        var next = lines.FindIndex(index, close - index, l => l.Content.Trim().Length > 0);
        return next >= 0 && (lines[next].Content.StartsWith(' ') || lines[next].Content.StartsWith('\t'));
    }

    private static List<(string Content, string Ending)> SplitLines(string text)
    {
        var lines = new List<(string, string)>();
        var position = 0;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0)
            {
                lines.Add((text[position..], ""));
                break;
            }

            var content = text[position..end];
            var ending = "\n";
            if (content.EndsWith('\r'))
            {
                content = content[..^1];
                ending = "\r\n";
            }

            lines.Add((content, ending));
            position = end + 1;
        }

        return lines;
    }

    // Keys are case-insensitive to the parser ("Title:" works), so "title" must find "Title:" instead of adding a second key.
    private static Regex KeyLine(string key) => new($"^{Regex.Escape(key)}[ \\t]*:(\\s|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^[\p{L}\p{N}_/(][^\n\t#]*$")]
    private static partial Regex PlainSafe();

    // Values plain YAML would turn into something else (booleans, null, numbers-looking-dates are fine as text), or that contain ': '.
    [GeneratedRegex(@"(?i)^(true|false|yes|no|on|off|null|~)$|: |\s$|:$")]
    private static partial Regex Reserved();
}
