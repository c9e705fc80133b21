namespace KnowledgeBase.Content.Media;

/// <summary>Limits for files attached in the editor (<c>KnowledgeBase:Media</c>).</summary>
public sealed class MediaOptions
{
    public const string SectionName = "KnowledgeBase:Media";

    /// <summary>The largest file accepted, in bytes (10 MB by default: a full-screen screenshot is 0.2–2 MB).</summary>
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;
}
