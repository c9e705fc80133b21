using KnowledgeBase.Content.Phrasebook;

namespace KnowledgeBase.Search.Phrasebook;

/// <summary>
/// One language's avoided phrases, looked up by their first word, and the matcher that finds them
/// in a reply. Immutable once built, so one instance serves every thread.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly PhraseTokenizer _tokenizer;
    private readonly Dictionary<string, List<PhrasePattern>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PhrasePattern>> _bySurface = new(StringComparer.Ordinal);

    public PhraseIndex(PhraseTokenizer tokenizer, IEnumerable<PhrasebookEntry> entries)
    {
        _tokenizer = tokenizer;
        var order = 0;
        foreach (var entry in entries)
        {
            var phrase = PhraseText.Normalize(entry.Avoid);
            var tokens = tokenizer.Tokenize(phrase).ToArray();
            if (tokens.Length == 0)
            {
                // Punctuation only ("!!!"): nothing a word matcher could find.
                continue;
            }

            var gaps = new string[tokens.Length - 1];
            for (var i = 0; i < gaps.Length; i++)
            {
                gaps[i] = PhraseText.GapSignature(phrase, tokens[i].End, tokens[i + 1].Start);
            }

            var pattern = new PhrasePattern(entry, tokens, gaps, order++);
            var first = tokens[0];
            Add(_byStem, first.Stem, pattern);
            if (tokenizer.Stems)
            {
                if (!string.Equals(first.StemAgain, first.Stem, StringComparison.Ordinal))
                {
                    Add(_byStem, first.StemAgain, pattern);
                }

                Add(_bySurface, first.Surface, pattern);
            }
        }
    }

    public IReadOnlyList<PhraseFinding> Find(string text)
    {
        var normalized = PhraseText.Normalize(text);
        var tokens = _tokenizer.Tokenize(normalized);
        var candidates = new List<Candidate>();
        var tried = new List<PhrasePattern>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            tried.Clear();
            TryAll(_byStem, token.Stem, tokens, i, normalized, tried, candidates);
            if (_tokenizer.Stems)
            {
                if (!string.Equals(token.StemAgain, token.Stem, StringComparison.Ordinal))
                {
                    TryAll(_byStem, token.StemAgain, tokens, i, normalized, tried, candidates);
                }

                TryAll(_bySurface, token.Surface, tokens, i, normalized, tried, candidates);
            }
        }

        return candidates.Count == 0 ? [] : Resolve(candidates, tokens.Count, text);
    }

    /// <summary>Tries the patterns filed under one key of the word at <paramref name="first"/>, each pattern once per word.</summary>
    private static void TryAll(
        Dictionary<string, List<PhrasePattern>> index, string key, List<PhraseToken> tokens, int first, string text, List<PhrasePattern> tried, List<Candidate> candidates)
    {
        if (!index.TryGetValue(key, out var patterns))
        {
            return;
        }

        foreach (var pattern in patterns)
        {
            if (!tried.Exists(seen => ReferenceEquals(seen, pattern)))
            {
                tried.Add(pattern);
                TryMatch(pattern, tokens, first, text, candidates);
            }
        }
    }

    private static void TryMatch(PhrasePattern pattern, List<PhraseToken> tokens, int first, string text, List<Candidate> candidates)
    {
        var words = pattern.Tokens;
        if (first + words.Length > tokens.Count)
        {
            return;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[first + k];
            if (!words[k].Matches(token))
            {
                return;
            }

            if (k > 0 && !PhraseText.GapMatches(text, tokens[first + k - 1].End, token.Start, pattern.Gaps[k - 1]))
            {
                return;
            }
        }

        var start = tokens[first].Start;
        var end = tokens[first + words.Length - 1].End;
        if (!PhraseText.IsInsideCompound(text, start, end))
        {
            candidates.Add(new Candidate(first, words.Length, start, end, pattern));
        }
    }

    /// <summary>Where matches overlap ("No problem" and "problem"), the longest wins, then the earliest, then the first entry.</summary>
    private static List<PhraseFinding> Resolve(List<Candidate> candidates, int tokenCount, string text)
    {
        candidates.Sort(static (a, b) =>
        {
            var byLength = (b.End - b.Start).CompareTo(a.End - a.Start);
            if (byLength != 0)
            {
                return byLength;
            }

            var byStart = a.Start.CompareTo(b.Start);
            return byStart != 0 ? byStart : a.Pattern.Order.CompareTo(b.Pattern.Order);
        });

        var claimed = new bool[tokenCount];
        var kept = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            var free = true;
            for (var t = candidate.FirstToken; t < candidate.FirstToken + candidate.TokenCount && free; t++)
            {
                free = !claimed[t];
            }

            if (!free)
            {
                continue;
            }

            for (var t = candidate.FirstToken; t < candidate.FirstToken + candidate.TokenCount; t++)
            {
                claimed[t] = true;
            }

            kept.Add(candidate);
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept.ConvertAll(c => new PhraseFinding(
            c.Start, c.End - c.Start, text.Substring(c.Start, c.End - c.Start), c.Pattern.Entry.Avoid, c.Pattern.Entry.Prefer, c.Pattern.Entry.Note));
    }

    private static void Add(Dictionary<string, List<PhrasePattern>> index, string key, PhrasePattern pattern)
    {
        if (!index.TryGetValue(key, out var patterns))
        {
            index[key] = patterns = [];
        }

        patterns.Add(pattern);
    }

    private readonly record struct Candidate(int FirstToken, int TokenCount, int Start, int End, PhrasePattern Pattern);
}
