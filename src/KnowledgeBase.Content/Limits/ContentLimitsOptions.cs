namespace KnowledgeBase.Content.Limits;

/// <summary>
/// How much one content file may cost to read; bound from <c>KnowledgeBase:ContentLimits</c>
/// (<c>KnowledgeBase__ContentLimits__MaxFileBytes</c> as an environment variable). Content arrives
/// with <c>git pull</c>, so a file over a limit is refused with a finding instead of being read.
/// The defaults sit far above real content: the shipped content and the imported handbooks have
/// Markdown files up to 78 KB, YAML up to 2.7 KB with 120 values, nested at most 4 levels deep.
/// </summary>
public sealed class ContentLimitsOptions
{
    public const string SectionName = "KnowledgeBase:ContentLimits";

    /// <summary>A Markdown or synonym file larger than this is not read. Default 2 MB.</summary>
    public long MaxFileBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>A phrasebook, learning-path or knowledge-check file larger than this is not read. Default 1 MB.</summary>
    public long MaxYamlFileBytes { get; set; } = 1024 * 1024;

    /// <summary>Front matter larger than this is not parsed (the file is refused). Default 64 KB.</summary>
    public long MaxFrontMatterBytes { get; set; } = 64 * 1024;

    /// <summary>Lists and maps nested deeper than this are refused: the YAML reader recurses per level. Default 20.</summary>
    public int MaxYamlDepth { get; set; } = 20;

    /// <summary>YAML with more values than this (keys, items, lists and maps) is refused. Default 10,000.</summary>
    public int MaxYamlNodes { get; set; } = 10_000;

    /// <summary>
    /// How much inline markup Markdown may hold before it is refused as too complex to render:
    /// the sum, over paragraphs (text between blank lines, fenced code left out), of the square of
    /// the number of <c>[ ] * _ ~ | ^</c> characters in it. Markdig's inline parser is quadratic on
    /// some such runs (unclosed links, emphasis, footnotes: "[a](" repeated took 77 s at 400 KB), so
    /// the square bounds its time (about half a second at the limit). The largest GitLab handbook page
    /// costs 5.4 million. Default 16 million.
    /// </summary>
    public long MaxMarkdownInlineCost { get; set; } = 16_000_000;

    /// <summary>Block quotes and list markers nested deeper than this on one line are refused (Markdig throws past its own limit). Default 32.</summary>
    public int MaxMarkdownNesting { get; set; } = 32;

    /// <summary>A line indented further than this many columns is refused (deeply nested lists). Real content stays under 40. Default 120.</summary>
    public int MaxMarkdownIndent { get; set; } = 120;
}
