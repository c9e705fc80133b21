namespace KnowledgeBase.Content.Media;

/// <summary>A file that starts like an accepted type but is not built like one (cut short, a length that runs past its end).</summary>
public sealed class MediaFormatException(string message) : Exception(message);
