using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Plays captured tokens back to the index writer, one text after another as if they were one text
/// (the <c>all</c> field is the title, aliases, head and sections joined by line breaks, which the
/// tokenizer never joins words across). The streams of one document share one attribute set:
/// creating attributes takes a process-wide lock in Lucene.NET, and the writer reads a document's
/// fields one after another on one thread.
/// </summary>
internal sealed class ReplayTokenStream : TokenStream
{
    private readonly IReadOnlyList<CapturedTokens> _texts;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private int _text;
    private int _token;

    public ReplayTokenStream(AttributeSource attributes, IReadOnlyList<CapturedTokens> texts)
        : base(attributes)
    {
        _texts = texts;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        while (_text < _texts.Count && _token >= _texts[_text].Count)
        {
            _text++;
            _token = 0;
        }

        if (_text == _texts.Count)
        {
            return false;
        }

        ClearAttributes();
        var tokens = _texts[_text];
        _term.CopyBuffer(tokens.Chars, tokens.Start(_token), tokens.Length(_token));
        _increment.PositionIncrement = tokens.Increment(_token);
        _token++;
        return true;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement = _texts.Count == 0 ? 0 : _texts[^1].FinalIncrement;
    }

    public override void Reset()
    {
        base.Reset();
        _text = 0;
        _token = 0;
    }
}
