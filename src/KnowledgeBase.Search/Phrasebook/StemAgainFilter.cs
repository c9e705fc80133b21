using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Phrasebook;

/// <summary>
/// Stems each stem once more and, when that changes it, adds the shorter stem at the same position.
/// The light stemmers are not consistent across a word's forms: Russian "проблема" stems to
/// "проблем" but "проблему" to "пробл"; Czech "problém" to "probl" but "problémy" to "problém".
/// One more pass brings those forms together, so two words match when their stems meet.
/// </summary>
internal sealed class StemAgainFilter(TokenStream input, Func<char[], int, int> stem) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();
    private readonly IPositionIncrementAttribute _increment = input.AddAttribute<IPositionIncrementAttribute>();
    private char[] _scratch = new char[32];
    private int _pendingLength;
    private State? _pending;

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_pending);
            _pending = null;
            _term.CopyBuffer(_scratch, 0, _pendingLength);
            _increment.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var length = _term.Length;
        if (_scratch.Length < length)
        {
            _scratch = new char[Math.Max(length, _scratch.Length * 2)];
        }

        Array.Copy(_term.Buffer, _scratch, length);
        var stemmed = stem(_scratch, length);
        if (stemmed > 0 && !_term.Buffer.AsSpan(0, length).SequenceEqual(_scratch.AsSpan(0, stemmed)))
        {
            _pendingLength = stemmed;
            _pending = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
    }
}
