namespace KnowledgeBase.Content.Authoring;

/// <summary>
/// A write into the content folder failed part-way (disk full, I/O error, no permission). The file
/// that was there is unchanged and no temporary file is left behind; the text was not saved.
/// </summary>
public sealed class ContentWriteException : IOException
{
    public ContentWriteException(string relativePath, WriteProblem problem, Exception inner)
        : base($"{relativePath} was not saved: {Describe(problem)} ({inner?.Message})", inner)
    {
        RelativePath = relativePath;
        Problem = problem;
    }

    public string RelativePath { get; }

    public WriteProblem Problem { get; }

    /// <summary>Classifies an exception from the file system; HResults are errno on Unix and HRESULTs on Windows.</summary>
    public static WriteProblem Classify(Exception exception) => exception switch
    {
        UnauthorizedAccessException => WriteProblem.AccessDenied,
        IOException { HResult: NoSpace or QuotaExceeded or WindowsDiskFull or WindowsHandleDiskFull } => WriteProblem.DiskFull,
        IOException { HResult: ReadOnlyFilesystem } => WriteProblem.AccessDenied,
        _ => WriteProblem.IoError,
    };

    private static string Describe(WriteProblem problem) => problem switch
    {
        WriteProblem.DiskFull => "the disk is full",
        WriteProblem.AccessDenied => "the app may not write there",
        WriteProblem.SharedStoreUnavailable => "the shared database did not answer",
        _ => "an input/output error",
    };

    // ENOSPC, EDQUOT and EROFS on Linux; ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL as HRESULTs on Windows.
    private const int NoSpace = 28;
    private const int QuotaExceeded = 122;
    private const int ReadOnlyFilesystem = 30;
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
}
