using KnowledgeBase.Content.Model;
using KnowledgeBase.Search.Analysis;
using Lucene.Net.Analysis;
using ContentPhrasebook = KnowledgeBase.Content.Phrasebook.Phrasebook;

namespace KnowledgeBase.Search.Phrasebook;

/// <summary>
/// Finds the phrases a language's phrasebook says to avoid in a reply: whole words, ignoring case,
/// diacritics and the kind of apostrophe, across any whitespace. In Czech, Latvian and Russian,
/// inflected forms match too ("проблемы" for "проблема"); elsewhere words match as written, so
/// English "concerned" is not "concern". Builds every phrase index once; thread-safe; dispose it
/// to release its analyzers.
/// </summary>
public sealed class PhrasebookLinter : IDisposable
{
    /// <summary>
    /// Languages whose word forms vary so much that exact matching misses most uses. English and
    /// French are left exact on purpose: their stemmers conflate words with different meanings.
    /// </summary>
    private static readonly IReadOnlySet<string> Inflected = new HashSet<string>(StringComparer.Ordinal) { "cs", "lv", "ru" };

    private readonly FoldingAnalyzer _folding = new();
    private readonly List<Analyzer> _analyzers = [];
    private readonly Dictionary<string, PhraseIndex> _indexes = new(StringComparer.Ordinal);
    private bool _disposed;

    public PhrasebookLinter(IReadOnlyDictionary<string, ContentPhrasebook> phrasebooks)
    {
        ArgumentNullException.ThrowIfNull(phrasebooks);
        foreach (var (key, phrasebook) in phrasebooks)
        {
            var language = Code(key);
            if (phrasebook.Entries.Count == 0 || _indexes.ContainsKey(language))
            {
                continue;
            }

            Analyzer? stemming = null;
            if (Inflected.Contains(language))
            {
                // Stop words stay: "не", "Я" and "vous" carry the meaning of an avoided phrase.
                var stock = LanguageAnalyzers.Create(language, withStopWords: false);
                stemming = new PhraseStemAnalyzer(stock, language);
                _analyzers.Add(stock);
                _analyzers.Add(stemming);
            }

            _indexes[language] = new PhraseIndex(new PhraseTokenizer(_folding, stemming), phrasebook.Entries);
        }
    }

    /// <summary>True when the language has phrases to look for.</summary>
    public bool HasPhrasebook(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _indexes.ContainsKey(Code(language));
    }

    /// <summary>
    /// The avoided phrases in <paramref name="text"/>, in text order, never overlapping (the longest
    /// match wins). Empty for a language without a phrasebook. Any text is valid input.
    /// </summary>
    /// <param name="language">ISO 639-1 code such as <c>en</c>; <c>fr-FR</c> is read as <c>fr</c>.</param>
    public IReadOnlyList<PhraseFinding> Lint(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (text.Length == 0)
        {
            return [];
        }

        return _indexes.TryGetValue(Code(language), out var index) ? index.Find(text) : [];
    }

    private static string Code(string language) => Languages.FromFolderName(language) ?? language;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (var analyzer in _analyzers)
        {
            analyzer.Dispose();
        }

        _folding.Dispose();
    }
}
