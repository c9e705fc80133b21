using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Web.Authoring;

/// <summary>
/// What the editor form holds: front matter values as the lead types them (lists as comma- or
/// line-separated text) and the body. <see cref="DraftComposer"/> turns it back into the file.
/// </summary>
public sealed class EditorDraft
{
    public DocumentKind Kind { get; set; } = DocumentKind.Article;

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Comma-separated.</summary>
    public string Tags { get; set; } = "";

    /// <summary>One per line.</summary>
    public string Aliases { get; set; } = "";

    public string Owner { get; set; } = "";

    /// <summary>Days, as typed.</summary>
    public string ReviewEvery { get; set; } = "";

    /// <summary>yyyy-MM-dd, as typed.</summary>
    public string Reviewed { get; set; } = "";

    public string Shortcut { get; set; } = "";

    /// <summary>Comma-separated.</summary>
    public string Channels { get; set; } = "";

    /// <summary>One per line.</summary>
    public string Examples { get; set; } = "";

    public List<FieldDraft> Fields { get; set; } = [];

    public string Body { get; set; } = "";

    /// <summary>
    /// The file's front matter could not be read: the whole file is edited as text in
    /// <see cref="Body"/> and the form is not used.
    /// </summary>
    public bool IsRaw { get; set; }

    public EditorDraft Copy()
    {
        var copy = (EditorDraft)MemberwiseClone();
        copy.Fields = Fields.Select(f => f.Copy()).ToList();
        return copy;
    }
}
