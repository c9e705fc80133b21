using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// Treats "ё" as "е", as Russian writers do interchangeably ("повреждённая" / "поврежденная").
/// A token filter rather than a character filter: Lucene's mapping char filter allocates a large
/// buffer per use, which showed up as most of a query's garbage.
/// </summary>
internal sealed class CyrillicYoFilter(TokenStream input) : TokenFilter(input)
{
    private readonly ICharTermAttribute _term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            buffer[i] = buffer[i] switch
            {
                'ё' => 'е',
                'Ё' => 'Е',
                _ => buffer[i],
            };
        }

        return true;
    }
}
