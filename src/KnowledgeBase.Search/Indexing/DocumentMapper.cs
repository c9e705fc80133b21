using System.Text.RegularExpressions;
using KnowledgeBase.Content.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Turns one content document into index entries over disjoint fields: a whole-document entry
/// (title, aliases, all text) that ranks the document; a head (summary, introduction, tags,
/// template examples) that stands for "the document as a whole" in results; and one entry per
/// H2/H3 section (heading, text). The head and sections decide where in a document a result points.
/// </summary>
internal static partial class DocumentMapper
{
    /// <param name="analyzer">The index writer's analyzer: texts are analysed here, once each, and the writer indexes the words.</param>
    public static List<Document> Map(ContentDocument document, Analyzer analyzer) => Map(document, new DocumentTokens(analyzer));

    /// <param name="tokens">Analyses the texts with the index writer's analyzer; the entries read its buffers, so index them before mapping the next document with it.</param>
    public static List<Document> Map(ContentDocument document, DocumentTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(tokens);
        var aliases = Aliases(document);
        tokens.Begin(document.Language);

        var head = Common(document, tokens, aliases, anchor: string.Empty, heading: string.Empty, EntryRole.Head, sectionIndex: -1);
        var headText = HeadText(document);
        head.Add(new StoredField(SearchFields.StoredText, headText));
        head.Add(Keyword(SearchFields.Hash, document.ContentHash, stored: true));
        var searchableHead = Join(headText, string.Join(' ', document.Tags), document is ReplyTemplate template ? string.Join('\n', template.Examples) : null);
        AddText(head, tokens, SearchFields.Body, searchableHead);
        AddCodes(head, SearchFields.Code, document.Title, searchableHead, string.Join(' ', aliases));

        var entries = new List<Document> { head };
        for (var index = 0; index < document.Sections.Count; index++)
        {
            var section = document.Sections[index];
            if (section.IsIntroduction)
            {
                continue;
            }

            var entry = Common(document, tokens, aliases, section.Anchor!, section.Heading, EntryRole.Section, index);
            var text = SectionText(document, index);
            entry.Add(new StoredField(SearchFields.StoredText, text));
            AddText(entry, tokens, SearchFields.Heading, section.Heading);
            AddText(entry, tokens, SearchFields.Body, text);
            AddCodes(entry, SearchFields.Code, section.Heading, text);
            entries.Add(entry);
        }

        // Everything, titles included: the one field that answers "does this word occur anywhere?" and typo lookups.
        var whole = Common(document, tokens, aliases, anchor: string.Empty, heading: string.Empty, EntryRole.Whole, sectionIndex: -1);

        // The title, aliases, head and every section (heading, then text) as one text: joined by line
        // breaks, which no word spans, so it is indexed from the words the other fields already analysed.
        var allTexts = new List<string> { document.Title };
        allTexts.AddRange(aliases);
        allTexts.Add(searchableHead);
        foreach (var section in document.Sections)
        {
            allTexts.Add(section.Heading);
            allTexts.Add(Readable(document, section.Text));
        }

        if (allTexts.Any(t => !string.IsNullOrWhiteSpace(t)))
        {
            tokens.AddFields(whole, SearchFields.All, allTexts, FrequenciesOnly);
        }

        foreach (var section in document.Sections.Where(s => !s.IsIntroduction))
        {
            AddText(whole, tokens, SearchFields.Headings, section.Heading, FrequenciesOnly);
        }

        AddCodes(whole, SearchFields.DocumentCode, [.. allTexts]);
        entries.Add(whole);
        return entries;
    }

    private static Document Common(ContentDocument document, DocumentTokens tokens, IReadOnlyList<string> aliases, string anchor, string heading, EntryRole role, int sectionIndex)
    {
        var kind = document.Kind == DocumentKind.Article ? "article" : "template";
        var entry = new Document
        {
            Keyword(SearchFields.Id, document.Id, stored: true),
            Keyword(SearchFields.Kind, kind, stored: true),
            Keyword(SearchFields.Language, document.Language, stored: true),
            Keyword(SearchFields.IsHead, role switch { EntryRole.Head => "1", EntryRole.Section => "0", _ => "w" }, stored: false),
            new NumericDocValuesField(SearchFields.Placement, EntryPlacement.Encode(role, sectionIndex)),
            new SortedDocValuesField(SearchFields.HashValues, new BytesRef(document.ContentHash)),
            new StoredField(SearchFields.Anchor, anchor),
            new StoredField(SearchFields.StoredTitle, document.Title),
            new StoredField(SearchFields.StoredHeading, heading),
            new SortedDocValuesField(SearchFields.IdValues, new BytesRef(document.Id)),
            new SortedDocValuesField(SearchFields.KindValues, new BytesRef(kind)),
            new SortedDocValuesField(SearchFields.LanguageValues, new BytesRef(document.Language)),
        };

        foreach (var tag in document.Tags)
        {
            entry.Add(Keyword(SearchFields.Tag, tag, stored: false));
            entry.Add(new SortedSetDocValuesField(SearchFields.TagValues, new BytesRef(tag)));
        }

        if (role == EntryRole.Whole)
        {
            // Only the whole-document entry: the document query matches it alone, and a shortcut on
            // the head and section entries too would list the template once per entry.
            if (document is ReplyTemplate { Shortcut: { } shortcut })
            {
                entry.Add(Keyword(SearchFields.Shortcut, shortcut.Value.ToLowerInvariant(), stored: false));
            }

            AddText(entry, tokens, SearchFields.Title, document.Title);
            foreach (var alias in aliases)
            {
                AddText(entry, tokens, SearchFields.Alias, alias);
            }
        }

        return entry;
    }

    private static void AddText(Document entry, DocumentTokens tokens, string field, string? text, FieldType? type = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        tokens.AddFields(entry, field, [text], type ?? TextField.TYPE_NOT_STORED);
    }

    /// <summary>Scored by frequency and length but never matched as a phrase: no positions to store or read.</summary>
    private static readonly FieldType FrequenciesOnly = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }

    /// <summary>Every occurrence of every code, so a text that explains a code (and names it often) ranks above one that mentions it.</summary>
    private static void AddCodes(Document entry, string field, params string?[] texts)
    {
        var codes = new List<string>();
        foreach (var text in texts)
        {
            if (text is not null)
            {
                CodeExtractor.Extract(text, codes);
            }
        }

        foreach (var code in codes)
        {
            entry.Add(new Field(field, code, CodeType));
        }
    }

    /// <summary>
    /// A value indexed whole, as one term (what a <see cref="StringField"/> indexes). Analysed by the
    /// keyword analyzer rather than left untokenized: Lucene.NET builds a fresh token stream for every
    /// untokenized field of every entry, and each one takes a process-wide lock to create its
    /// attributes, which made two indexing threads wait on each other; analysed fields reuse one
    /// stream per thread.
    /// </summary>
    private static Field Keyword(string name, string value, bool stored) => new(name, value, stored ? StoredKeywordType : KeywordType);

    private static readonly FieldType KeywordType = Frozen(new FieldType(StringField.TYPE_NOT_STORED) { IsTokenized = true });

    private static readonly FieldType StoredKeywordType = Frozen(new FieldType(StringField.TYPE_STORED) { IsTokenized = true });

    /// <summary>A code matches whole (one term, see <see cref="Keyword"/>), counted by frequency, with no length normalisation.</summary>
    private static readonly FieldType CodeType = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS,
    });

    /// <summary>What a result that points at the document as a whole shows: summary and introduction.</summary>
    public static string HeadText(ContentDocument document) =>
        Join((document as Article)?.Summary, Readable(document, document.Sections.FirstOrDefault(s => s.IsIntroduction)?.Text ?? string.Empty));

    /// <summary>What a result that points at a section shows.</summary>
    public static string SectionText(ContentDocument document, int sectionIndex) => Readable(document, document.Sections[sectionIndex].Text);

    private static List<string> Aliases(ContentDocument document) => document switch
    {
        Article article => [.. article.Aliases],
        _ => [],
    };

    /// <summary>Template text with Liquid markup replaced by readable field names: "Hi [first name],".</summary>
    private static string Readable(ContentDocument document, string text)
    {
        if (document is not ReplyTemplate || !text.Contains('{', StringComparison.Ordinal))
        {
            return text;
        }

        // Comments (the greeting and sign-off markers among them) are notes to authors, not words of the reply.
        text = LiquidComment().Replace(text, string.Empty);

        // A tag between two sentences ("…to your card.{% else %}Good news…") leaves a space, not a join;
        // a branching tag also leaves a marker so a snippet shows one branch (the tokenizer skips it).
        var source = text;
        text = LiquidTag().Replace(source, match =>
        {
            var end = match.Index + match.Length;
            return Snippets.TemplateBranches.Marker(match.Value) + (match.Index > 0 && end < source.Length && !char.IsWhiteSpace(source[match.Index - 1]) && !char.IsWhiteSpace(source[end])
                ? " "
                : string.Empty);
        });
        return LiquidOutput().Replace(text, match =>
        {
            var path = match.Groups[1].Value;
            var name = path[(path.LastIndexOf('.') + 1)..].Replace('_', ' ');
            return $"[{name}]";
        });
    }

    private static string Join(params string?[] parts) => string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    [GeneratedRegex(@"\{%-?.*?-?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidTag();

    [GeneratedRegex(@"\{%-?\s*comment\s*-?%\}.*?\{%-?\s*endcomment\s*-?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidComment();

    [GeneratedRegex(@"\{\{-?\s*([A-Za-z_][\w.]*)[^}]*?-?\}\}")]
    private static partial Regex LiquidOutput();
}
