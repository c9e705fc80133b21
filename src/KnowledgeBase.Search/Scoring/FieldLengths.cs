using Lucene.Net.Util;

namespace KnowledgeBase.Search.Scoring;

/// <summary>
/// Field lengths as the index stores them: BM25 norms are one byte, <c>1/sqrt(length)</c> in
/// Lucene's 3-bit-mantissa float. Decoding is a table lookup.
/// </summary>
internal static class FieldLengths
{
    private static readonly float[] Decoded = Build();

    public static float Of(long norm) => Decoded[(byte)norm];

    private static float[] Build()
    {
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            var inverseRoot = SmallSingle.Byte315ToSingle((byte)i);
            table[i] = inverseRoot == 0 ? float.MaxValue : 1f / (inverseRoot * inverseRoot);
        }

        return table;
    }
}
