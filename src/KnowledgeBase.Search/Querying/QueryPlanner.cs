using System.Text;
using KnowledgeBase.Search.Analysis;
using KnowledgeBase.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Querying;

/// <summary>
/// Builds Lucene queries from whatever an agent typed. Nothing is parsed as syntax: the text goes
/// through analyzers, and every word becomes weighted clauses — exact (folded) words above stemmed
/// ones, stemmed above prefix, prefix above typo corrections; title and aliases above headings,
/// headings above body text; whole phrases above loose words. Two queries come out, over disjoint
/// fields: one ranks documents (title, aliases, all text), one finds the best section (heading, body).
/// </summary>
internal sealed class QueryPlanner(QueryAnalysis analysis)
{
    /// <summary>Longer text is cut: nobody types more mid-call, and it bounds the query's size.</summary>
    public const int MaxQueryLength = 256;

    public const int MaxWords = 16;

    private const float TitleWeight = 6f;
    private const float AliasWeight = 5f;
    private const float HeadingWeight = 3f;
    private const float BodyWeight = 1f;
    private const float AllWeight = 1f;
    private const float StemmedFactor = 0.7f;
    private const float SynonymFactor = 0.8f;
    private const float PrefixFactor = 0.5f;
    private const float FuzzyFactor = 0.6f;
    private const float PhraseFactor = 1.5f;
    private const float CodeWeight = 12f;
    private const float ShortcutWeight = 10f;
    private const int MinPrefixLength = 2;
    private const int MinFuzzyLength = 3;
    private const int MaxFuzzyExpansions = 20;
    private const int MaxScoredCorrections = 5;
    private const int MinTwoEditLength = 6;
    private const int MaxCachedSpellings = 10_000;

    private const int MaxPrefixPhraseExpansions = 10;
    private const int MaxPrefixTermsScanned = 200;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, System.Collections.Concurrent.ConcurrentDictionary<string, List<(string, float, int)>>> SpellingCache = new();

    // For the document, a word scores for the best of title and aliases plus its all-text match;
    // for a section, for the best of heading and body.
    private static readonly (string Field, float Weight)[][] DocumentFields =
    [
        [(SearchFields.Title, TitleWeight), (SearchFields.Alias, AliasWeight)],
        [(SearchFields.All, AllWeight)],
    ];

    private static readonly (string Field, float Weight)[][] EntryFields =
    [
        [(SearchFields.Heading, HeadingWeight), (SearchFields.Body, BodyWeight)],
    ];

    public QueryAnalysis Analysis => analysis;

    /// <summary>Forgets remembered spellings, so a benchmark can time queries as if never seen before.</summary>
    internal static void ClearCaches() => SpellingCache.Clear();

    public QueryPlan Plan(string? text, IReadOnlyList<string> languages, IndexReader reader)
    {
        var input = Clean(text);
        if (input.Length == 0)
        {
            return QueryPlan.Empty;
        }

        var typingLastWord = !char.IsWhiteSpace(input[^1]);
        var words = TokenReader.Read(analysis.Index.Folding, SearchFields.Folded(SearchFields.Body), input, MaxWords);
        if (words.Count == 0)
        {
            return QueryPlan.Empty;
        }

        var folded = new HashSet<string>(StringComparer.Ordinal);
        var stemmed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = new TermLookup(reader);
        string? prefix = null;

        // One clause per typed word, holding every way that word can match; the top-level query then
        // coordinates on words: a document matching three of four words beats one matching one word often.
        var perWord = words.Select(_ => new QueryPair()).ToArray();
        var codeSpans = CodeSpans(input);
        var prose = WithoutCodes(input, codeSpans);

        // A last word still being typed ("deliv") is a fragment, not a word: its "stem" means nothing
        // (Porter turns "delivering" into exactly "deliv"), so it matches as a prefix only.
        var fragment = typingLastWord && !ExistsFolded(lookup, words[^1].Term) && lookup.HasPrefix(SearchFields.Folded(SearchFields.All), new BytesRef(words[^1].Term));
        if (fragment)
        {
            prose = prose[..words[^1].Start] + new string(' ', prose.Length - words[^1].Start);
        }

        var coveredBySynonyms = AddSynonyms(perWord, prose, languages, lookup, folded, words);
        var wordStems = words.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        AddStemmed(perWord, prose, languages, lookup, stemmed, words, wordStems);

        var allStopWords = words.All(w => analysis.Index.IsStopWord(w.Term, languages));
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Term;
            if (!allStopWords && analysis.Index.IsStopWord(word, languages))
            {
                continue;
            }

            // "K-2040" is one code, not the loose words "k" and "2040": it matches as a code and as a phrase.
            if (codeSpans.Any(span => words[i].Start >= span.Start && words[i].End <= span.End) && !CodeExtractor.IsCode(word))
            {
                folded.Add(word);
                continue;
            }

            folded.Add(word);
            var isCode = CodeExtractor.IsCode(word);
            var exists = ExistsFolded(lookup, word);
            if (exists)
            {
                // A query of nothing but stop words ("how to") looks only at names and headings.
                perWord[i].Add(field => allStopWords && field is SearchFields.All or SearchFields.Body ? null : lookup.Query(new Term(SearchFields.Folded(field), word)), 1f);
            }

            var prefixMatches = false;
            if (i == words.Count - 1 && typingLastWord && !isCode && word.Length >= MinPrefixLength)
            {
                prefixMatches = lookup.HasPrefix(SearchFields.Folded(SearchFields.All), new BytesRef(word));
                if (prefixMatches)
                {
                    prefix = word;
                    perWord[i].Add(field => new PrefixQuery(new Term(SearchFields.Folded(field), word)), PrefixFactor);
                }
            }

            // A word the index knows in some form (folded, stemmed, through a synonym) is not a typo.
            var known = exists || prefixMatches || coveredBySynonyms.Contains(i) || !perWord[i].IsEmpty;
            if (!known && !isCode && word.Length >= MinFuzzyLength && !word.Any(char.IsDigit)
                && AddTypoCorrections(perWord[i], lookup, word, folded, corrections) is { } correction)
            {
                // Read the word as its correction too, so "refnd" also meets "Refunds" through the stem "refund".
                AddStemmedWord(perWord[i], correction, languages, lookup, stemmed, FuzzyFactor * StemmedFactor);
            }
        }

        var query = new QueryPair(disableCoord: false);
        foreach (var clause in perWord.Where(c => !c.IsEmpty))
        {
            query.Add(clause);
        }

        AddPhrases(query, reader, words, typingLastWord);
        AddCodesAndShortcuts(query, input);

        return new QueryPlan(
            query.IsEmpty ? null : query.Documents,
            folded,
            stemmed,
            prefix,
            corrections.Count == 0 ? null : Correct(words, corrections))
        {
            EntryQuery = query.Entries,
            Words = [.. words.Select((w, i) => (Word: w, Index: i))
                .Where(w => allStopWords || !analysis.Index.IsStopWord(w.Word.Term, languages))
                .Select(w => new QueryWord(w.Word.Term, wordStems[w.Index], w.Index == words.Count - 1 && prefix is not null))],
            GuessedLanguage = QueryHints.GuessLanguage(input, words, languages, analysis.Index),
            PreferredKind = QueryHints.PreferredKind(words),
        };
    }

    /// <summary>Control characters out, length capped at a word boundary.</summary>
    private static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxQueryLength));
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, MaxQueryLength * 2)))
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        var clean = builder.ToString().TrimStart();
        if (clean.Length > MaxQueryLength)
        {
            var cut = clean.LastIndexOf(' ', MaxQueryLength);
            clean = clean[..(cut > 0 ? cut : MaxQueryLength)];
        }

        return clean;
    }

    /// <summary>One word's clauses over some fields: the best field of each group, summed.</summary>
    internal static BooleanQuery Group((string Field, float Weight)[][] fieldGroups, Func<string, Query?> clause, float factor)
    {
        var sum = new BooleanQuery(disableCoord: true);
        foreach (var fields in fieldGroups)
        {
            var group = new DisjunctionMaxQuery(0.1f);
            foreach (var (field, weight) in fields)
            {
                if (clause(field) is { } query)
                {
                    query.Boost *= weight * factor;
                    group.Add(query);
                }
            }

            if (group.Disjuncts.Count > 0)
            {
                sum.Add(group, Occur.SHOULD);
            }
        }

        return sum;
    }

    /// <summary>The document-level and section-level halves of a query, built together.</summary>
    private sealed class QueryPair(bool disableCoord = true)
    {
        public BooleanQuery Documents { get; } = new(disableCoord);

        public BooleanQuery Entries { get; } = new(disableCoord);

        public bool IsEmpty => Documents.Clauses.Count == 0 && Entries.Clauses.Count == 0;

        /// <summary>Adds the same clause, built per field, to both halves over their own fields.</summary>
        public void Add(Func<string, Query?> clause, float factor)
        {
            AddIfAny(Documents, Group(DocumentFields, clause, factor));
            AddIfAny(Entries, Group(EntryFields, clause, factor));
        }

        public void Add(QueryPair word)
        {
            AddIfAny(Documents, word.Documents);
            AddIfAny(Entries, word.Entries);
        }

        public void AddBoth(Query documents, Query entries)
        {
            Documents.Add(documents, Occur.SHOULD);
            Entries.Add(entries, Occur.SHOULD);
        }

        private static void AddIfAny(BooleanQuery target, BooleanQuery part)
        {
            if (part.Clauses.Count > 0)
            {
                target.Add(part, Occur.SHOULD);
            }
        }
    }

    /// <summary>Adds synonym expansions to the words they replace; returns the indexes of words a rule matched.</summary>
    private HashSet<int> AddSynonyms(QueryPair[] perWord, string input, IReadOnlyList<string> languages, TermLookup lookup, HashSet<string> folded, List<AnalyzedToken> words)
    {
        var covered = new HashSet<int>();
        var plain = words.Select(w => w.Term).ToHashSet(StringComparer.Ordinal);
        foreach (var language in languages.Where(l => analysis.Synonyms.Folded(l) is not null))
        {
            foreach (var token in ReadWithTypes(analysis.Folding(language), input))
            {
                if (token.Type != "SYNONYM")
                {
                    continue;
                }

                var matched = WordsIn(words, token.Start, token.End);
                covered.UnionWith(matched);
                if (matched.Count > 0 && !plain.Contains(token.Term) && folded.Add(token.Term) && ExistsFolded(lookup, token.Term))
                {
                    perWord[matched[0]].Add(field => lookup.Query(new Term(SearchFields.Folded(field), token.Term)), SynonymFactor);
                }
            }
        }

        return covered;
    }

    private void AddStemmed(QueryPair[] perWord, string input, IReadOnlyList<string> languages, TermLookup lookup, Dictionary<string, HashSet<string>> stemmed, List<AnalyzedToken> words, HashSet<string>[] wordStems)
    {
        foreach (var language in languages)
        {
            var terms = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in TokenReader.Read(analysis.Stemming(language), SearchFields.Stemmed(SearchFields.Body, language), input, MaxWords * 4))
            {
                var matched = WordsIn(words, token.Start, token.End);
                if (matched.Count == 1)
                {
                    wordStems[matched[0]].Add(token.Term);
                }

                if (matched.Count > 0 && terms.Add(token.Term) && lookup.DocFreq(new Term(SearchFields.Stemmed(SearchFields.All, language), token.Term)) > 0)
                {
                    perWord[matched[0]].Add(field => lookup.Query(new Term(SearchFields.Stemmed(field, language), token.Term)), StemmedFactor);
                }
            }

            stemmed[language] = terms;
        }
    }

    /// <summary>Indexes of the typed words that overlap a character range of the input.</summary>
    private static List<int> WordsIn(List<AnalyzedToken> words, int start, int end)
    {
        var found = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start < end && words[i].End > start)
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>
    /// Whole-phrase bonuses: the complete words in order, and — while the last word is still being
    /// typed — the phrase with that word's possible completions ("parcel lock" → "parcel lockers").
    /// </summary>
    private static void AddPhrases(QueryPair query, IndexReader reader, List<AnalyzedToken> words, bool typingLastWord)
    {
        var complete = typingLastWord ? words[..^1] : words;
        if (complete.Count >= 2)
        {
            query.Add(field => Phrase(field, complete, null), PhraseFactor);
        }

        if (typingLastWord && words.Count >= 2 && words[^1].Term.Length >= MinPrefixLength)
        {
            query.Add(field => field == SearchFields.All ? null : Phrase(field, complete, Completions(reader, SearchFields.Folded(field), words[^1].Term)), PhraseFactor);
        }

        // Phrases where they mean something: titles, aliases, headings and section text. Reading positions
        // through the all-text field of every matching document would cost more than the phrase is worth.
        Query? Phrase(string textField, List<AnalyzedToken> phraseWords, Term[]? lastWordCompletions)
        {
            if (textField == SearchFields.All || lastWordCompletions is { Length: 0 } || (phraseWords.Count < 2 && lastWordCompletions is null))
            {
                return null;
            }

            var field = SearchFields.Folded(textField);
            if (lastWordCompletions is { Length: 0 })
            {
                return null;
            }

            var phrase = new MultiPhraseQuery { Slop = 1 };
            var first = phraseWords[0].Position;
            foreach (var word in phraseWords)
            {
                phrase.Add([new Term(field, word.Term)], word.Position - first);
            }

            if (lastWordCompletions is not null)
            {
                phrase.Add(lastWordCompletions, words[^1].Position - first);
            }

            return phrase;
        }
    }

    /// <summary>The most frequent terms of a field that start with <paramref name="prefix"/>.</summary>
    private static Term[] Completions(IndexReader reader, string field, string prefix)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return [];
        }

        var bytes = new BytesRef(prefix);
        var enumerator = terms.GetEnumerator();
        if (enumerator.SeekCeil(bytes) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        var found = new List<(string Term, int Frequency)>();
        do
        {
            if (!StringHelper.StartsWith(enumerator.Term, bytes))
            {
                break;
            }

            found.Add((enumerator.Term.Utf8ToString(), enumerator.DocFreq));
        }
        while (found.Count < MaxPrefixTermsScanned && enumerator.MoveNext());

        return [.. found.OrderByDescending(f => f.Frequency).Take(MaxPrefixPhraseExpansions).Select(f => new Term(field, f.Term))];
    }

    private static List<(int Start, int End)> CodeSpans(string input) =>
        [.. CodeExtractor.Spans(input)];

    /// <summary>The text with codes blanked out (same length, so offsets still line up).</summary>
    private static string WithoutCodes(string input, List<(int Start, int End)> spans)
    {
        if (spans.Count == 0)
        {
            return input;
        }

        var chars = input.ToCharArray();
        foreach (var (start, end) in spans)
        {
            Array.Fill(chars, ' ', start, end - start);
        }

        return new string(chars);
    }

    private static void AddCodesAndShortcuts(QueryPair query, string input)
    {
        var words = input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        foreach (var code in words.SelectMany(CodeExtractor.Extract).Distinct(StringComparer.Ordinal))
        {
            query.AddBoth(
                new TermQuery(new Term(SearchFields.Code, code)) { Boost = CodeWeight },
                new TermQuery(new Term(SearchFields.Code, code)) { Boost = CodeWeight });
        }

        // "/eta" (or a single word that happens to be a shortcut) finds its template.
        if (words.Length == 1 || words.Any(w => w.StartsWith('/')))
        {
            foreach (var word in words.Select(w => w.TrimStart('/').ToLowerInvariant()).Where(w => w.Length > 0))
            {
                query.Documents.Add(new TermQuery(new Term(SearchFields.Shortcut, word)) { Boost = ShortcutWeight }, Occur.SHOULD);
            }
        }
    }

    private void AddStemmedWord(QueryPair clause, string word, IReadOnlyList<string> languages, TermLookup lookup, Dictionary<string, HashSet<string>> stemmed, float factor)
    {
        foreach (var language in languages)
        {
            foreach (var stem in TokenReader.Read(analysis.Index.Stemming(language), SearchFields.Stemmed(SearchFields.Body, language), word, 2))
            {
                if (lookup.DocFreq(new Term(SearchFields.Stemmed(SearchFields.All, language), stem.Term)) > 0)
                {
                    clause.Add(field => lookup.Query(new Term(SearchFields.Stemmed(field, language), stem.Term)), factor);
                    stemmed[language].Add(stem.Term);
                }
            }
        }
    }

    /// <summary>
    /// Adds the near spellings of an unknown word; returns the best correction, if any. The spellings
    /// come from one pass over the all-text vocabulary (one automaton, not one per field).
    /// </summary>
    private static string? AddTypoCorrections(QueryPair query, TermLookup lookup, string word, HashSet<string> folded, Dictionary<string, string> corrections)
    {
        var candidates = CachedSpellings(lookup.Reader, word);

        if (candidates.Count == 0)
        {
            return null;
        }

        var closest = candidates.Take(MaxScoredCorrections).ToList();
        query.Add(field => Spellings(lookup, SearchFields.Folded(field), closest), FuzzyFactor);
        folded.UnionWith(closest.Select(c => c.Term));

        // The closest spelling wins; among equally close ones, the most common.
        corrections[word] = candidates[0].Term;
        return candidates[0].Term;
    }

    /// <summary>
    /// Near spellings of a word, remembered per index reader: typing re-plans every earlier word at each
    /// keystroke, and a Levenshtein automaton is the most expensive thing a query builds.
    /// </summary>
    internal static List<(string Term, float Similarity, int Frequency)> CachedSpellings(IndexReader reader, string word)
    {
        var cache = SpellingCache.GetValue(reader, _ => new System.Collections.Concurrent.ConcurrentDictionary<string, List<(string, float, int)>>(StringComparer.Ordinal));
        if (cache.TryGetValue(word, out var known))
        {
            return known;
        }

        // Most typos are one edit away, and a one-edit automaton is far cheaper: try that first.
        var candidates = Spellings(reader, word, maxEdits: 1);
        if (candidates.Count == 0 && word.Length >= MinTwoEditLength)
        {
            candidates = Spellings(reader, word, maxEdits: 2);
        }

        if (cache.Count > MaxCachedSpellings)
        {
            cache.Clear();
        }

        cache[word] = candidates;
        return candidates;
    }

    private static List<(string Term, float Similarity, int Frequency)> Spellings(IndexReader reader, string word, int maxEdits)
    {
        var fuzzy = new FuzzyQuery(new Term(SearchFields.Folded(SearchFields.All), word), maxEdits, prefixLength: 1, MaxFuzzyExpansions, transpositions: true)
        {
            MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MaxFuzzyExpansions),
        };
        return [.. Terms(fuzzy.Rewrite(reader))
            .Select(t => (Term: t.Term.Text, Similarity: t.Boost, Frequency: reader.DocFreq(t.Term)))
            .OrderByDescending(c => c.Similarity)
            .ThenByDescending(c => c.Frequency)
            .ThenBy(c => c.Term, StringComparer.Ordinal)];
    }

    private static BooleanQuery Spellings(TermLookup lookup, string field, List<(string Term, float Similarity, int Frequency)> spellings)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var spelling in spellings)
        {
            any.Add(lookup.Query(new Term(field, spelling.Term), spelling.Similarity), Occur.SHOULD);
        }

        return any;
    }

    private static IEnumerable<TermQuery> Terms(Query query) => query switch
    {
        TermQuery term => [term],
        BooleanQuery boolean => boolean.Clauses.SelectMany(c => Terms(c.Query)),
        _ => [],
    };

    private static string Correct(List<AnalyzedToken> words, Dictionary<string, string> corrections) =>
        string.Join(' ', words.Select(w => corrections.GetValueOrDefault(w.Term, w.Term)));

    /// <summary>Whether a folded word occurs anywhere: the whole-document entries hold every word once.</summary>
    private static bool ExistsFolded(TermLookup lookup, string word) =>
        lookup.DocFreq(new Term(SearchFields.Folded(SearchFields.All), word)) > 0;

    /// <summary>Tokens with their type, to tell synonyms ("SYNONYM") from the words typed.</summary>
    private static List<(string Term, int Start, int End, string Type)> ReadWithTypes(Lucene.Net.Analysis.Analyzer analyzer, string input)
    {
        var tokens = new List<(string, int, int, string)>();
        using var stream = analyzer.GetTokenStream(SearchFields.Folded(SearchFields.Body), new StringReader(input));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken() && tokens.Count < MaxWords * 8)
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, type.Type));
        }

        stream.End();
        return tokens;
    }
}
