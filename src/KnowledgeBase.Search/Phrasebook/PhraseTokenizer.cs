using KnowledgeBase.Search.Analysis;
using Lucene.Net.Analysis;

namespace KnowledgeBase.Search.Phrasebook;

/// <summary>
/// Splits text into <see cref="PhraseToken"/>s with one language's analyzers. Both analyzers start
/// with the same standard tokenizer and drop no words (no stop filter), so their tokens line up
/// one for one by offset. Thread-safe: Lucene analyzers keep their per-thread state themselves.
/// </summary>
internal sealed class PhraseTokenizer(Analyzer folding, Analyzer? stemming)
{
    private const string Field = "phrase";

    /// <summary>True when inflected forms match (the language has a stemming analyzer here).</summary>
    public bool Stems => stemming is not null;

    /// <summary>Tokens of text already passed through <see cref="PhraseText.Normalize"/>.</summary>
    public List<PhraseToken> Tokenize(string normalized)
    {
        var words = TokenReader.Read(folding, Field, normalized);
        var tokens = new List<PhraseToken>(words.Count);
        if (stemming is null)
        {
            foreach (var word in words)
            {
                tokens.Add(new PhraseToken(word.Term, word.Term, word.Term, word.Start, word.End));
            }

            return tokens;
        }

        var stems = TokenReader.Read(stemming, Field, normalized);
        var s = 0;
        foreach (var word in words)
        {
            // Merge by offset: a word has its stem and, when stemming it again changed it, a second
            // stem at the same offset. Should a chain ever drop a token, the folded word stands in.
            while (s < stems.Count && stems[s].Start < word.Start)
            {
                s++;
            }

            var stem = word.Term;
            var again = word.Term;
            if (s < stems.Count && stems[s].Start == word.Start)
            {
                stem = again = stems[s++].Term;
                if (s < stems.Count && stems[s].Start == word.Start)
                {
                    again = stems[s++].Term;
                }
            }

            tokens.Add(new PhraseToken(word.Term, stem, again, word.Start, word.End));
        }

        return tokens;
    }
}
