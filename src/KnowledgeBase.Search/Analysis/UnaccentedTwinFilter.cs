using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Before stemming, adds each accented word's unaccented spelling at the same position. Stemmers
/// read suffixes with their diacritics: Czech "doručení" stems to "doruč" but "doruceni", as an
/// agent types it, to "doruceni" — a quarter of Czech words with accents stem differently once
/// the accents are gone. Indexing both stems lets either spelling meet the word.
/// </summary>
internal sealed class UnaccentedTwinFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private readonly IPositionIncrementAttribute _increment = input.AddAttribute<IPositionIncrementAttribute>();
    private char[] _folded = new char[64];
    private int _foldedLength;
    private State? _pending;

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pending);
            _pending = null;
            _term.CopyBuffer(_folded, 0, _foldedLength);
            _increment.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = _term.Length;
        if (!HasAccents(_term.Buffer, length))
        {
            return true;
        }

        // Folding can lengthen a letter ("æ" → "ae"), at most fourfold.
        if (_folded.Length < length * 4)
        {
            _folded = new char[length * 4];
        }

        _foldedLength = ASCIIFoldingFilter.FoldToASCII(_term.Buffer, 0, _folded, 0, length);
        if (!_term.Buffer.AsSpan(0, length).SequenceEqual(_folded.AsSpan(0, _foldedLength)))
        {
            _pending = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
    }

    private static bool HasAccents(char[] buffer, int length)
    {
        for (var i = 0; i < length; i++)
        {
            // Latin letters with diacritics live above ASCII and below Greek; Cyrillic keeps its letters.
            if (buffer[i] is >= '\u00C0' and < '\u0370' or >= '\u1E00' and < '\u1F00')
            {
                return true;
            }
        }

        return false;
    }
}
