namespace KnowledgeBase.Content.Media;

/// <summary>Why a file was not attached.</summary>
public enum MediaRefusal
{
    /// <summary>Attached (or the same file was already there).</summary>
    None,
    Empty,
    TooLarge,
    UnsupportedType,
    Svg,
    Damaged,
    NoDocument,
    DiskFull,
    NotWritable,
    WriteFailed,
}
