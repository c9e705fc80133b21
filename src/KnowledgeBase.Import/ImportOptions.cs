namespace KnowledgeBase.Import;

/// <summary>
/// What one import may cost. Exports are read as hostile input: a file or a body past a limit is
/// refused with a message that names the limit, and every other item still imports.
/// </summary>
public sealed class ImportOptions
{
    public const string SectionName = "KnowledgeBase:Import";

    /// <summary>The largest export file read, in bytes (a few hundred macros with HTML bodies take a few MB).</summary>
    public long MaxFileBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>The most items one export may hold.</summary>
    public int MaxItems { get; set; } = 10_000;

    /// <summary>The largest body of one item as the help desk has it (HTML included), in characters.</summary>
    public int MaxBodyChars { get; set; } = 256 * 1024;

    /// <summary>
    /// The longest reply text an item may become, in characters: the renderer stops at 100,000
    /// characters of output, so a longer template could never be used.
    /// </summary>
    public int MaxTextChars { get; set; } = 100_000;

    /// <summary>How deep JSON may nest; the APIs' own answers nest four or five levels.</summary>
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>
    /// The most tags ('&lt;' characters) one HTML body may hold. An HTML5 parser checks the open
    /// elements at every start tag, so markup nested thousands deep costs the square of its depth
    /// (20,000 nested elements took close to a minute); a reply needs a few hundred tags.
    /// </summary>
    public int MaxHtmlTags { get; set; } = 10_000;

    /// <summary>How deep HTML elements nest before deeper ones are read as text (a reply needs a handful).</summary>
    public int MaxHtmlDepth { get; set; } = 48;

    /// <summary>The longest title, note or category kept in front matter, in characters; longer ones are cut and the report says so.</summary>
    public int MaxMetadataChars { get; set; } = 1_000;
}
