using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// One text's tokens as an analyzer made them (terms and position increments, all the index reads
/// of a text field without offsets), kept so the same words can be indexed into several fields
/// without running the folding and stemming chains again: a section's words go into its own entry
/// and into the whole-document <c>all</c> field; a heading into three fields.
/// </summary>
internal sealed class CapturedTokens
{
    private char[] _chars = new char[256];
    private int[] _ends = new int[32];
    private int[] _increments = new int[32];
    private int _charCount;

    public int Count { get; private set; }

    /// <summary>The position increment the analyzer reported at the end (stop words removed after the last token).</summary>
    public int FinalIncrement { get; private set; }

    /// <summary>Replaces what was captured before (the buffers are kept) with the tokens of <paramref name="text"/>.</summary>
    public void Capture(Analyzer analyzer, string field, string text)
    {
        Count = 0;
        _charCount = 0;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            Add(term.Buffer, term.Length, increment.PositionIncrement);
        }

        stream.End();
        FinalIncrement = increment.PositionIncrement;
    }

    public int Start(int token) => token == 0 ? 0 : _ends[token - 1];

    public int Length(int token) => _ends[token] - Start(token);

    public int Increment(int token) => _increments[token];

    public char[] Chars => _chars;

    private void Add(char[] buffer, int length, int increment)
    {
        if (_charCount + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + length));
        }

        if (Count == _ends.Length)
        {
            Array.Resize(ref _ends, Count * 2);
            Array.Resize(ref _increments, Count * 2);
        }

        Array.Copy(buffer, 0, _chars, _charCount, length);
        _charCount += length;
        _ends[Count] = _charCount;
        _increments[Count] = increment;
        Count++;
    }
}
