namespace KnowledgeBase.Import.HelpDesks;

/// <summary>The export as a whole cannot be read: too large, not JSON, or not the shape the help desk's API returns.</summary>
public sealed class ExportReadException : Exception
{
    public ExportReadException(string message)
        : base(message)
    {
    }

    public ExportReadException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
