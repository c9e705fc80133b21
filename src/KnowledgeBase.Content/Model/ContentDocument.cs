namespace KnowledgeBase.Content.Model;

/// <summary>
/// A parsed content file. Articles and templates share identity, language, title, tags, links
/// and sections; their own front matter lives in <see cref="Article"/> and <see cref="ReplyTemplate"/>.
/// </summary>
public abstract record ContentDocument
{
    /// <summary>Path relative to the content root, forward slashes, without <c>.md</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Path relative to the content root, forward slashes, with the extension.</summary>
    public required string RelativePath { get; init; }

    /// <summary>ISO 639-1 language code, from the folder.</summary>
    public required string Language { get; init; }

    public required string Title { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Ids of related articles and templates, as written in front matter.</summary>
    public IReadOnlyList<LineValue> Related { get; init; } = [];

    /// <summary>The Markdown (for templates: Liquid) after the front matter.</summary>
    public required string Body { get; init; }

    /// <summary>1-based line in the file where <see cref="Body"/> starts.</summary>
    public int BodyLine { get; init; } = 1;

    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>Relative links found in the body, for validation and link rewriting.</summary>
    public IReadOnlyList<DocumentLink> Links { get; init; } = [];

    /// <summary>Images and links into the media folder (<c>/media/…</c>) found in the body, for validation.</summary>
    public IReadOnlyList<DocumentLink> MediaLinks { get; init; } = [];

    /// <summary>Front matter keys this app does not use, kept as plain values (string, list, map).</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = new Dictionary<string, object?>();

    /// <summary>Hash of the file's bytes; changes whenever the file does.</summary>
    public required string ContentHash { get; init; }

    public abstract DocumentKind Kind { get; }

    /// <summary>Plain text of the whole body, section by section.</summary>
    public string PlainText => string.Join("\n\n", Sections.Select(s => s.Text));
}
