using System.Text;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Querying;

namespace KnowledgeBase.Search.Snippets;

/// <summary>
/// Cuts a short passage out of a section and marks the words that matched — exact, folded,
/// stemmed, prefix and typo-corrected matches alike — by re-analysing the text the way the index
/// did. Small words ("you", "can", "the") are never marked, and a template's snippet comes from one
/// branch of its conditions. Returns plain text segments; the UI decides how to mark hits, so no
/// HTML is built here.
/// </summary>
internal sealed class SnippetBuilder(IndexAnalysis analysis)
{
    private readonly AnalysedTexts _texts = new(analysis, new WordStems(analysis));
    private readonly SmallWords _smallWords = new(analysis);

    /// <summary>Target snippet length in characters.</summary>
    public const int Width = 180;

    private const int Lead = 40;
    private const string Ellipsis = "…";

    public IReadOnlyList<SnippetSegment> Build(string text, string language, QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var marks = Marks(text, language, plan);
        if (TemplateBranches.HasBranches(text))
        {
            (text, marks) = OneBranch(text, marks);
        }

        var (start, end) = Window(text, marks);
        return Segments(text, marks, start, end);
    }

    /// <summary>
    /// One pass over the text's words as the folding analyzer makes them: a word is marked when its
    /// folded form is a query term (or starts with the prefix typed), or when one of its stems is a
    /// query stem. The words come analysed from <see cref="AnalysedTexts"/>: a snippet is built for
    /// every result on every keystroke.
    /// </summary>
    private List<Mark> Marks(string text, string language, QueryPlan plan)
    {
        var marks = new List<Mark>();
        var folded = plan.FoldedTerms;
        var stems = plan.StemmedTerms.GetValueOrDefault(language);
        if (folded.Count == 0 && plan.Prefix is null && (stems is null || stems.Count == 0))
        {
            return marks;
        }

        var words = _texts.Of(text, language);
        var keys = System.Buffers.ArrayPool<string?>.Shared.Rent(words.DistinctCount);
        try
        {
            for (var d = 0; d < words.DistinctCount; d++)
            {
                keys[d] = Key(words.Folded[d], words.Stems[d], language, folded, plan.Prefix, stems);
            }

            for (var i = 0; i < words.Count; i++)
            {
                if (keys[words.Words[i]] is { } key)
                {
                    marks.Add(new Mark(words.Starts[i], words.Ends[i], key));
                }
            }
        }
        finally
        {
            System.Buffers.ArrayPool<string?>.Shared.Return(keys, clearArray: true);
        }

        return Merge(marks);
    }

    /// <summary>Sorted, non-overlapping marks; overlapping ones (a word matched twice) become one.</summary>
    /// <summary>What a word is marked as (the query term it matches), or null when it is not marked.</summary>
    private string? Key(string word, string[] wordStems, string language, HashSet<string> folded, string? prefix, HashSet<string>? stems)
    {
        if (_smallWords.Contains(word, language))
        {
            return null;
        }

        if (folded.TryGetValue(word, out var key))
        {
            return key;
        }

        if (prefix is not null && word.StartsWith(prefix, StringComparison.Ordinal))
        {
            return word;
        }

        if (stems is { Count: > 0 })
        {
            foreach (var stem in wordStems)
            {
                if (stems.Contains(stem))
                {
                    return stem;
                }
            }
        }

        return null;
    }

    private static List<Mark> Merge(List<Mark> marks)
    {
        marks.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var merged = new List<Mark>();
        foreach (var mark in marks)
        {
            if (merged.Count > 0 && mark.Start < merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = Math.Max(last.End, mark.End) };
            }
            else
            {
                merged.Add(mark);
            }
        }

        return merged;
    }

    /// <summary>
    /// The template's text as one rendering would show it — the variant with the most distinct matched
    /// words, the first on a tie — with its marks moved to match.
    /// </summary>
    private static (string Text, List<Mark> Marks) OneBranch(string text, List<Mark> marks)
    {
        List<Range> best = [];
        var (bestDistinct, bestCount) = (-1, -1);
        foreach (var ranges in TemplateBranches.Variants(text))
        {
            var inside = marks.Where(m => ranges.Any(r => m.Start >= r.Start.Value && m.End <= r.End.Value)).ToList();
            var distinct = inside.Select(m => m.Key).Distinct(StringComparer.Ordinal).Count();
            if (distinct > bestDistinct || (distinct == bestDistinct && inside.Count > bestCount))
            {
                (best, bestDistinct, bestCount) = (ranges, distinct, inside.Count);
            }
        }

        var shown = new StringBuilder(text.Length);
        var moved = new List<Mark>();
        foreach (var range in best)
        {
            var (from, length) = range.GetOffsetAndLength(text.Length);
            if (length == 0)
            {
                continue;
            }

            if (shown.Length > 0 && !char.IsWhiteSpace(shown[^1]) && !char.IsWhiteSpace(text[from]))
            {
                shown.Append(' ');
            }

            var shift = shown.Length - from;
            moved.AddRange(marks.Where(m => m.Start >= from && m.End <= from + length).Select(m => m with { Start = m.Start + shift, End = m.End + shift }));
            shown.Append(text, from, length);
        }

        return (shown.ToString(), moved);
    }

    /// <summary>The window with the most distinct matched words, snapped to word boundaries.</summary>
    private static (int Start, int End) Window(string text, List<Mark> marks)
    {
        if (text.Length <= Width)
        {
            return (0, text.Length);
        }

        // Marks are sorted and disjoint, so the marks inside each window are a run [first, last) and
        // both ends only move forward: a common word marked hundreds of times stays linear.
        var bestStart = 0;
        var bestDistinct = -1;
        var bestCount = -1;
        var first = 0;
        var last = 0;
        foreach (var anchor in marks)
        {
            var start = Math.Max(0, anchor.Start - Lead);
            while (first < marks.Count && marks[first].Start < start)
            {
                first++;
            }

            last = Math.Max(last, first);
            while (last < marks.Count && marks[last].End <= start + Width)
            {
                last++;
            }

            var count = last - first;
            var distinct = Distinct(marks, first, last);
            if (distinct > bestDistinct || (distinct == bestDistinct && count > bestCount))
            {
                (bestStart, bestDistinct, bestCount) = (start, distinct, count);
            }
        }

        var from = bestStart == 0 ? 0 : WordStart(text, bestStart);
        var to = Math.Min(text.Length, from + Width);
        if (to < text.Length)
        {
            var space = text.LastIndexOfAny([' ', '\n', '\t'], to - 1, to - from);
            var lastMark = marks.LastOrDefault(m => m.Start < to);
            if (space > from && space >= (lastMark?.End ?? 0))
            {
                to = space;
            }
        }

        return (from, to);
    }

    /// <summary>Distinct keys among marks[first..last): a window holds a few dozen marks at most.</summary>
    private static int Distinct(List<Mark> marks, int first, int last)
    {
        var distinct = 0;
        for (var i = first; i < last; i++)
        {
            var seen = false;
            for (var j = first; j < i && !seen; j++)
            {
                seen = string.Equals(marks[j].Key, marks[i].Key, StringComparison.Ordinal);
            }

            distinct += seen ? 0 : 1;
        }

        return distinct;
    }

    private static int WordStart(string text, int position)
    {
        for (var i = position; i > 0 && position - i < 20; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        var next = text.IndexOfAny([' ', '\n', '\t'], position);
        return next < 0 ? position : next + 1;
    }

    private static List<SnippetSegment> Segments(string text, List<Mark> marks, int start, int end)
    {
        var segments = new List<SnippetSegment>();
        var plain = new StringBuilder(start > 0 ? Ellipsis : string.Empty);
        var position = start;
        foreach (var mark in marks.Where(m => m.Start >= start && m.End <= end))
        {
            plain.Append(text, position, mark.Start - position);
            Flush(segments, plain);
            segments.Add(new SnippetSegment(Collapse(text[mark.Start..mark.End]), Hit: true));
            position = mark.End;
        }

        plain.Append(text, position, end - position);
        if (end < text.Length)
        {
            plain.Append(Ellipsis);
        }

        Flush(segments, plain);
        if (segments.Count > 0 && !segments[0].Hit)
        {
            segments[0] = segments[0] with { Text = segments[0].Text.TrimStart() };
        }

        return segments.Where(s => s.Text.Length > 0).ToList();
    }

    private static void Flush(List<SnippetSegment> segments, StringBuilder plain)
    {
        if (plain.Length > 0)
        {
            segments.Add(new SnippetSegment(Collapse(plain.ToString()), Hit: false));
            plain.Clear();
        }
    }

    /// <summary>Snippets are one line: runs of whitespace (list items, table cells) become one space.</summary>
    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '|')
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }
            else if (space && builder.Length == 0 && text.Length > 0 && char.IsWhiteSpace(text[0]))
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        if (space)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private sealed record Mark(int Start, int End, string Key);
}
