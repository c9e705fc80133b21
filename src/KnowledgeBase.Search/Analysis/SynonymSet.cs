using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;

namespace KnowledgeBase.Search.Analysis;

/// <summary>
/// The synonyms of each language, from <c>synonyms/&lt;lang&gt;.txt</c> (Solr format), compiled twice:
/// through the language's stemming analyzer, folded (so "packages" meets "parcel", with or without accents) and through the folding
/// analyzer (so words typed without accents meet theirs). Used at query time only.
/// </summary>
internal sealed class SynonymSet
{
    private readonly Dictionary<string, SynonymMap> _stemmed;
    private readonly Dictionary<string, SynonymMap> _folded;

    private SynonymSet(Dictionary<string, SynonymMap> stemmed, Dictionary<string, SynonymMap> folded, IReadOnlyList<SynonymProblem> problems, string fingerprint)
    {
        _stemmed = stemmed;
        _folded = folded;
        Problems = problems;
        Fingerprint = fingerprint;
    }

    public static SynonymSet Empty { get; } = new([], [], [], "none");

    /// <summary>Rules that were skipped, e.g. a line the analyzer reduces to nothing.</summary>
    public IReadOnlyList<SynonymProblem> Problems { get; }

    /// <summary>Changes whenever any synonym file does.</summary>
    public string Fingerprint { get; }

    public SynonymMap? Stemmed(string language) => _stemmed.GetValueOrDefault(language);

    public SynonymMap? Folded(string language) => _folded.GetValueOrDefault(language);

    /// <summary>Compiles raw synonym files, keyed by language; bad lines are skipped and reported.</summary>
    public static SynonymSet Build(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            return Empty;
        }

        var stemmed = new Dictionary<string, SynonymMap>(StringComparer.Ordinal);
        var folded = new Dictionary<string, SynonymMap>(StringComparer.Ordinal);
        var problems = new List<SynonymProblem>();
        var fingerprint = new StringBuilder();
        foreach (var (language, text) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            fingerprint.Append(language).Append('\n').Append(text).Append('\n');
            // The query chain up to where its synonym filter sits: stemmed and folded, stop words kept.
            using var languageAnalyzer = new StemmingAnalyzer(language, Lucene.Net.Analysis.Util.CharArraySet.Empty, indexUnaccentedTwins: false);
            using var foldingAnalyzer = new FoldingAnalyzer();
            stemmed[language] = Compile(language, text, languageAnalyzer, problems);
            folded[language] = Compile(language, text, foldingAnalyzer, problems: null);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint.ToString())))[..16];
        return new SynonymSet(stemmed, folded, problems, hash);
    }

    private static SynonymMap Compile(string language, string text, Analyzer analyzer, List<SynonymProblem>? problems)
    {
        var parser = new SolrSynonymParser(dedup: true, expand: true, analyzer);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // One rule at a time, so a rule the analyzer cannot handle (e.g. only stop words) costs only itself.
            try
            {
                parser.Parse(new StringReader(line));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                problems?.Add(new SynonymProblem(language, i + 1, ex.Message));
            }
        }

        return parser.Build();
    }
}
