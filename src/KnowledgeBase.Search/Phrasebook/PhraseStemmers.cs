using Lucene.Net.Analysis.Cz;
using Lucene.Net.Analysis.Lv;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace KnowledgeBase.Search.Phrasebook;

/// <summary>
/// The same stemmers the language analyzers use, callable on a stem for <see cref="StemAgainFilter"/>.
/// Each call returns a new stemmer function: the Snowball one keeps state and must not be shared between threads.
/// </summary>
internal static class PhraseStemmers
{
    public static Func<char[], int, int>? Create(string language) => language switch
    {
        "cs" => new CzechStemmer().Stem,
        "lv" => new LatvianStemmer().Stem,
        "ru" => Snowball(new RussianStemmer()),
        _ => null,
    };

    private static Func<char[], int, int> Snowball(Lucene.Net.Tartarus.Snowball.SnowballProgram stemmer) => (buffer, length) =>
    {
        stemmer.SetCurrent(buffer, length);
        stemmer.Stem();
        var stemmed = stemmer.CurrentBufferLength;
        if (stemmed > buffer.Length)
        {
            // Stemming never lengthens a word; keep the input rather than overflow if one ever did.
            return length;
        }

        Array.Copy(stemmer.CurrentBuffer, buffer, stemmed);
        return stemmed;
    };
}
