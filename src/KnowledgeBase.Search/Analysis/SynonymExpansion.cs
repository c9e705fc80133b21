using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Lucene.Net.Util.Fst;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Looks typed words up in a compiled synonym map and returns, for each matched run of words, the
/// synonyms as whole phrases. Lucene's <see cref="SynonymFilter"/> flattens a multi-word synonym
/// ("money back", "číslo zásilky") into loose tokens at later positions, where each word would then
/// match on its own ("back", "číslo"); reading the map's output directly keeps phrases together.
/// Matching follows the filter's: longest run first, word by word through the map's FST.
/// </summary>
internal static class SynonymExpansion
{
    /// <summary>Runs of <paramref name="words"/> that a rule matched: where they start, how many, and their synonyms (each a word array).</summary>
    public static List<SynonymMatch> Find(SynonymMap map, IReadOnlyList<string> words)
    {
        var matches = new List<SynonymMatch>();
        if (map.Fst is not { } fst)
        {
            return matches;
        }

        var reader = fst.GetBytesReader();
        var arc = new FST.Arc<BytesRef>();
        for (var start = 0; start < words.Count;)
        {
            var (output, length) = LongestMatch(fst, reader, arc, words, start);
            if (output is null)
            {
                start++;
                continue;
            }

            matches.Add(new SynonymMatch(start, length, Phrases(map, output)));
            start += length;
        }

        return matches;
    }

    private static (BytesRef? Output, int Length) LongestMatch(FST<BytesRef> fst, FST.BytesReader reader, FST.Arc<BytesRef> arc, IReadOnlyList<string> words, int start)
    {
        BytesRef? best = null;
        var bestLength = 0;
        var pending = fst.Outputs.NoOutput;
        fst.GetFirstArc(arc);
        for (var i = start; i < words.Count; i++)
        {
            foreach (var rune in words[i].EnumerateRunes())
            {
                if (fst.FindTargetArc(rune.Value, arc, arc, reader) is null)
                {
                    return (best, bestLength);
                }

                pending = fst.Outputs.Add(pending, arc.Output);
            }

            if (arc.IsFinal)
            {
                best = fst.Outputs.Add(pending, arc.NextFinalOutput);
                bestLength = i - start + 1;
            }

            if (fst.FindTargetArc(SynonymMap.WORD_SEPARATOR, arc, arc, reader) is null)
            {
                break;
            }

            pending = fst.Outputs.Add(pending, arc.Output);
        }

        return (best, bestLength);
    }

    /// <summary>Decodes a rule's output: a count (with the keep-original bit), then word ids of whole phrases.</summary>
    private static List<string[]> Phrases(SynonymMap map, BytesRef output)
    {
        var input = new ByteArrayDataInput(output.Bytes, output.Offset, output.Length);
        var count = (int)((uint)input.ReadVInt32() >> 1);
        var phrases = new List<string[]>(count);
        var scratch = new BytesRef();
        for (var i = 0; i < count; i++)
        {
            map.Words.Get(input.ReadVInt32(), scratch);
            phrases.Add(scratch.Utf8ToString().Split(SynonymMap.WORD_SEPARATOR, StringSplitOptions.RemoveEmptyEntries));
        }

        return phrases;
    }
}
