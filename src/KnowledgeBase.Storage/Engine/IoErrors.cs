namespace KnowledgeBase.Storage.Engine;

/// <summary>
/// What an <see cref="IOException"/> means. On Linux and macOS .NET puts the errno in
/// <see cref="Exception.HResult"/>; on Windows it is the Win32 error as an HRESULT.
/// </summary>
internal static class IoErrors
{
    private const int UnixWouldBlock = 11;          // EAGAIN/EWOULDBLOCK: flock held by another process
    private const int UnixReadOnlyFileSystem = 30;  // EROFS
    private const int UnixNoSpace = 28;             // ENOSPC
    private const int MacWouldBlock = 35;
    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private const int WindowsLockViolation = unchecked((int)0x80070021);
    private const int WindowsWriteProtect = unchecked((int)0x80070013);
    private const int WindowsDiskFull = unchecked((int)0x80070070);

    /// <summary>Another handle holds a lock on the file (the running app, or another <c>kb</c>).</summary>
    public static bool IsLockConflict(Exception error) =>
        error is IOException { HResult: WindowsSharingViolation or WindowsLockViolation }
        || (error is IOException io && !OperatingSystem.IsWindows() && io.HResult is UnixWouldBlock or MacWouldBlock);

    /// <summary>The file system or the folder does not let this user write.</summary>
    public static bool IsReadOnly(Exception error) =>
        error is UnauthorizedAccessException
        || error is IOException { HResult: WindowsWriteProtect }
        || (error is IOException io && !OperatingSystem.IsWindows() && io.HResult == UnixReadOnlyFileSystem);

    public static bool IsDiskFull(Exception error) =>
        error is IOException { HResult: WindowsDiskFull }
        || (error is IOException io && !OperatingSystem.IsWindows() && io.HResult == UnixNoSpace);
}
