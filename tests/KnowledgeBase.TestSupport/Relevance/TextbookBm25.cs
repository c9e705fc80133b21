using System.Globalization;
using System.Text;

namespace KnowledgeBase.TestSupport.Relevance;

/// <summary>
/// The independent baseline every relevance report is measured against: textbook BM25 (k1 1.2,
/// b 0.75, Lucene's non-negative idf) over title and body as one field, written without any of the
/// engine's code. Text is lower-cased and diacritics folded, and split at anything that is not a
/// letter or digit (so apostrophes and hyphens split words). A query word the vocabulary lacks is
/// replaced by every vocabulary word within one edit (insert, delete, substitute, swap adjacent).
/// </summary>
public sealed class TextbookBm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly Dictionary<string, List<(int Doc, int Frequency)>> _postings = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly List<int> _lengths = [];
    private readonly double _averageLength;

    public TextbookBm25(IEnumerable<(string Id, string Text)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var (id, text) in documents)
        {
            var doc = _ids.Count;
            var tokens = Tokens(text).ToList();
            _ids.Add(id);
            _lengths.Add(tokens.Count);
            foreach (var group in tokens.GroupBy(t => t, StringComparer.Ordinal))
            {
                if (!_postings.TryGetValue(group.Key, out var list))
                {
                    _postings[group.Key] = list = [];
                }

                list.Add((doc, group.Count()));
            }
        }

        _averageLength = _lengths.Count == 0 ? 1 : _lengths.Average();
    }

    /// <summary>The ids of the best documents, best first (ties: the document added first).</summary>
    public IReadOnlyList<string> Search(string query, int top = 10)
    {
        var scores = new Dictionary<int, double>();
        foreach (var term in Tokens(query).Distinct(StringComparer.Ordinal).SelectMany(Replacements).Distinct(StringComparer.Ordinal))
        {
            var postings = _postings[term];
            var idf = Math.Log(1 + ((_ids.Count - postings.Count + 0.5) / (postings.Count + 0.5)));
            foreach (var (doc, frequency) in postings)
            {
                var norm = K1 * (1 - B + (B * _lengths[doc] / _averageLength));
                scores[doc] = scores.GetValueOrDefault(doc) + (idf * frequency * (K1 + 1) / (frequency + norm));
            }
        }

        return [.. scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(top).Select(s => _ids[s.Key])];
    }

    /// <summary>Lower case, diacritics folded, split at every character that is not a letter or digit.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.IsLetterOrDigit(c) ? c : ' ');
            }
        }

        return folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private IEnumerable<string> Replacements(string word) =>
        _postings.ContainsKey(word) ? [word] : _postings.Keys.Where(known => WithinOneEdit(word, known));

    /// <summary>One insertion, deletion, substitution or swap of adjacent letters turns one word into the other.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }

        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start])
        {
            start++;
        }

        if (a.Length != b.Length)
        {
            var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
            return longer.AsSpan(start + 1).SequenceEqual(shorter.AsSpan(start));
        }

        return a.AsSpan(start + 1).SequenceEqual(b.AsSpan(start + 1))
            || (start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start] && a.AsSpan(start + 2).SequenceEqual(b.AsSpan(start + 2)));
    }
}
