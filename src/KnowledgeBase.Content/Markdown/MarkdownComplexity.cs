using System.Buffers;
using System.Globalization;
using KnowledgeBase.Content.Limits;

namespace KnowledgeBase.Content.Markdown;

/// <summary>
/// A linear pre-scan that refuses Markdown whose parsing would be too slow or would fail, before
/// Markdig sees it (Markdig cannot be interrupted once started). See
/// <see cref="ContentLimitsOptions.MaxMarkdownInlineCost"/> for why the square of the markup count.
/// </summary>
public static class MarkdownComplexity
{
    private static readonly SearchValues<char> InlineMarkup = SearchValues.Create("[]*_~|^");

    /// <summary>Null when <paramref name="markdown"/> is within the limits; otherwise the reason, for people.</summary>
    public static string? Check(string markdown, ContentLimitsOptions limits)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(limits);
        long cost = 0;
        long paragraph = 0;
        var lineNumber = 0;
        string? fence = null;
        foreach (var range in markdown.AsSpan().Split('\n'))
        {
            lineNumber++;
            var line = markdown.AsSpan(range).TrimEnd('\r');
            var indent = Indentation(line, out var content);
            if (fence is not null)
            {
                if (content.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                continue;
            }

            if (indent <= 3 && (content.StartsWith("```", StringComparison.Ordinal) || content.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = content[..3].ToString();
                continue;
            }

            if (content.IsEmpty)
            {
                cost += paragraph * paragraph;
                paragraph = 0;
                continue;
            }

            if (indent > limits.MaxMarkdownIndent)
            {
                return $"line {lineNumber} is indented {indent} columns (at most {limits.MaxMarkdownIndent}), so lists are nested too deeply";
            }

            var depth = ContainerDepth(content);
            if (depth > limits.MaxMarkdownNesting)
            {
                return $"line {lineNumber} has quotes or lists nested {depth} deep (at most {limits.MaxMarkdownNesting})";
            }

            paragraph += Count(line);
            if (cost + (paragraph * paragraph) > limits.MaxMarkdownInlineCost)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"the paragraph ending near line {lineNumber} holds {paragraph:N0} link, emphasis or table marks; split it or remove unclosed brackets and stray marks");
            }
        }

        return null;
    }

    private static long Count(ReadOnlySpan<char> line)
    {
        long count = 0;
        var rest = line;
        for (var at = rest.IndexOfAny(InlineMarkup); at >= 0; at = rest.IndexOfAny(InlineMarkup))
        {
            count++;
            rest = rest[(at + 1)..];
        }

        return count;
    }

    private static int Indentation(ReadOnlySpan<char> line, out ReadOnlySpan<char> content)
    {
        var columns = 0;
        var i = 0;
        for (; i < line.Length && line[i] is ' ' or '\t'; i++)
        {
            columns += line[i] == '\t' ? 4 - (columns % 4) : 1;
        }

        content = line[i..].TrimEnd();
        return columns;
    }

    /// <summary>How many block quote and list markers open the line (each one a nesting level for Markdig).</summary>
    private static int ContainerDepth(ReadOnlySpan<char> line)
    {
        var depth = 0;
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < line.Length && line[i] == '>')
            {
                i++;
            }
            else if (i + 1 < line.Length && line[i] is '-' or '+' or '*' && line[i + 1] is ' ' or '\t')
            {
                i += 2;
            }
            else if (OrderedMarker(line[i..]) is > 0 and var length)
            {
                i += length;
            }
            else
            {
                return depth;
            }

            depth++;
        }
    }

    private static int OrderedMarker(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }
}
