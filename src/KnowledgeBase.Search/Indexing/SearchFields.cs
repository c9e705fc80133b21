namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// Field names of the index. Every document is indexed as a whole-document entry (title, aliases,
/// headings, all text: what ranks it), a head (summary, introduction, tags, examples) and one entry
/// per H2/H3 section (heading, text: where a result points); each searchable text exists folded
/// (<c>_fold</c>: exact words without case or accents) and stemmed per language (<c>_en</c>, <c>_ru</c>…).
/// </summary>
internal static class SearchFields
{
    /// <summary>Bumped whenever analysis or fields change; an index with another version is rebuilt.</summary>
    public const string SchemaVersion = "16";

    public const string Id = "id";
    public const string Kind = "kind";
    public const string Language = "lang";
    public const string Tag = "tag";
    /// <summary>"1" for the head, "0" for a section, "w" for the whole-document entry.</summary>
    public const string IsHead = "head";
    public const string Anchor = "anchor";
    public const string Hash = "hash";
    /// <summary>Codes in a head or section entry (where a code query points).</summary>
    public const string Code = "code";

    /// <summary>Codes anywhere in the document, on its whole-document entry (what a code query ranks).</summary>
    public const string DocumentCode = "doc_code";
    public const string Shortcut = "shortcut";

    // Stored for display and snippets.
    public const string StoredTitle = "title_text";
    public const string StoredHeading = "heading_text";
    public const string StoredText = "text";

    // Doc values for grouping and facet counts without loading stored fields.
    public const string IdValues = "id_dv";
    public const string KindValues = "kind_dv";
    public const string LanguageValues = "lang_dv";
    public const string TagValues = "tag_dv";

    /// <summary>Numeric doc values: the entry's role (0 head, 1 section, 2 whole document) and section index (see <see cref="EntryPlacement"/>).</summary>
    public const string Placement = "place_dv";

    /// <summary>Sorted doc values: the content hash of the version indexed.</summary>
    public const string HashValues = "hash_dv";

    // On whole-document entries: the fields of the BM25F document score.
    public const string Title = "title";
    public const string Alias = "alias";

    /// <summary>On whole-document entries: every section heading of the document.</summary>
    public const string Headings = "headings";

    // On head and section entries: where in a document a result points.
    public const string Heading = "heading";
    public const string Body = "body";

    /// <summary>On the whole-document entry only: all text, so words spread over sections still add up.</summary>
    public const string All = "all";

    public static readonly IReadOnlyList<string> Texts = [Title, Alias, Headings, Heading, Body, All];

    /// <summary>Fields whose value is indexed whole, as one term (ids, kinds, tags, codes…).</summary>
    public static readonly IReadOnlyList<string> Keywords = [Id, Kind, Language, Tag, IsHead, Hash, Code, DocumentCode, Shortcut];

    public static string Folded(string text) => text + "_fold";

    public static string Stemmed(string text, string language) => text + "_" + language;

    // Commit user data keys.
    public const string CommitSchema = "kb.schema";
    public const string CommitContentRoot = "kb.content";
    public const string CommitSynonyms = "kb.synonyms";
}
