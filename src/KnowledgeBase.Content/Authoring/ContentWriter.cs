using System.Text;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Media;

namespace KnowledgeBase.Content.Authoring;

/// <summary>
/// Writes documents into the content folder the way an editor would, so the watcher indexes them
/// like any other change: the text goes to a temporary file in the same folder, which is then
/// renamed over the target (atomic on one volume: readers see the old file or the new one, never
/// half of one). Every write checks the hash the caller opened, so nobody's change is lost silently.
/// </summary>
public sealed class ContentWriter
{
    /// <summary>The folder deleted documents move to, under the data folder.</summary>
    public const string TrashFolder = "trash";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Check-then-rename must not interleave between two saves in this process (two browsers);
    // a change from outside in that instant is the one race left, and it is microseconds wide.
    private readonly Lock _gate = new();
    private readonly KnowledgeBasePaths _paths;
    private readonly Func<string, Stream> _createTemp;

    public ContentWriter(KnowledgeBasePaths paths)
        : this(paths, CreateTempFile)
    {
    }

    /// <summary>For tests: <paramref name="createTemp"/> opens the temporary file (to fail like a full disk on any machine).</summary>
    internal ContentWriter(KnowledgeBasePaths paths, Func<string, Stream> createTemp)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(createTemp);
        _paths = paths;
        _createTemp = createTemp;
    }

    public string ContentRoot => _paths.ContentRoot;

    public string TrashRoot => Path.Combine(_paths.DataRoot, TrashFolder);

    /// <summary>The document's text and hash, or null when there is no such file.</summary>
    public StoredText? Read(string relativePath)
    {
        var (relative, full) = AuthoringPaths.Resolve(_paths.ContentRoot, relativePath);
        return ReadFull(relative, full);
    }

    /// <summary>When the file was last written (by anyone), or null when there is no such file.</summary>
    public DateTimeOffset? ModifiedAt(string relativePath)
    {
        var (_, full) = AuthoringPaths.Resolve(_paths.ContentRoot, relativePath);
        return File.Exists(full) ? new DateTimeOffset(File.GetLastWriteTimeUtc(full), TimeSpan.Zero) : null;
    }

    /// <summary>Creates a new document; never replaces an existing file.</summary>
    public SaveResult Create(string relativePath, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (relative, full) = AuthoringPaths.Resolve(_paths.ContentRoot, relativePath);
        lock (_gate)
        {
            if (File.Exists(full) || Directory.Exists(full))
            {
                return new SaveResult(SaveStatus.AlreadyExists, relative, Current: ReadFull(relative, full));
            }

            Guarded(relative, () => Directory.CreateDirectory(Path.GetDirectoryName(full)!));
            var temp = WriteTemp(relative, full, Utf8.GetBytes(text));
            try
            {
                // overwrite: false is the guarantee; the exists check above only gives a nicer result.
                File.Move(temp, full, overwrite: false);
            }
            catch (IOException) when (File.Exists(full))
            {
                return new SaveResult(SaveStatus.AlreadyExists, relative, Current: ReadFull(relative, full));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ContentWriteException(relative, ContentWriteException.Classify(ex), ex);
            }
            finally
            {
                DeleteQuietly(temp);
            }

            return new SaveResult(SaveStatus.Saved, relative, TextHash.Of(text));
        }
    }

    /// <summary>
    /// Stores an attached file under <c>media/</c> (a path <see cref="MediaPaths.Resolve"/> accepts),
    /// through a temporary file and a rename like every other write. Never replaces a file: the
    /// same bytes already there are <see cref="SaveStatus.AlreadyExists"/> (attaching twice is
    /// harmless), other bytes are a <see cref="SaveStatus.Conflict"/>.
    /// </summary>
    public SaveResult CreateMedia(string relativePath, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (MediaPaths.Resolve(_paths.ContentRoot, relativePath, out var problem) is not { } resolved)
        {
            throw new InvalidContentPathException(relativePath, problem ?? "not a media path");
        }

        var (relative, full) = resolved;

        lock (_gate)
        {
            if (File.Exists(full))
            {
                return new SaveResult(File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes) ? SaveStatus.AlreadyExists : SaveStatus.Conflict, relative);
            }

            Guarded(relative, () => Directory.CreateDirectory(Path.GetDirectoryName(full)!));
            var temp = WriteTemp(relative, full, bytes);
            try
            {
                File.Move(temp, full, overwrite: false);
            }
            catch (IOException) when (File.Exists(full))
            {
                return new SaveResult(File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes) ? SaveStatus.AlreadyExists : SaveStatus.Conflict, relative);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ContentWriteException(relative, ContentWriteException.Classify(ex), ex);
            }
            finally
            {
                DeleteQuietly(temp);
            }

            return new SaveResult(SaveStatus.Saved, relative);
        }
    }

    /// <summary>
    /// Replaces a document's text if it still has <paramref name="expectedHash"/>; otherwise returns
    /// a conflict carrying what is on disk now. Keeps the file's BOM and CRLF line endings.
    /// </summary>
    public SaveResult Save(string relativePath, string text, string expectedHash)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(expectedHash);
        var (relative, full) = AuthoringPaths.Resolve(_paths.ContentRoot, relativePath);
        lock (_gate)
        {
            var bytes = File.Exists(full) ? File.ReadAllBytes(full) : null;
            var current = bytes is null ? null : new StoredText(relative, Decode(bytes), "");
            current = current is null ? null : current with { Hash = TextHash.Of(current.Text) };
            if (current is null || current.Hash != expectedHash)
            {
                return new SaveResult(SaveStatus.Conflict, relative, Current: current);
            }

            var temp = WriteTemp(relative, full, Encode(text, bytes!));
            try
            {
                File.Move(temp, full, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ContentWriteException(relative, ContentWriteException.Classify(ex), ex);
            }
            finally
            {
                // Only left behind when the rename failed (file locked on Windows); never leave litter in content/.
                DeleteQuietly(temp);
            }

            return new SaveResult(SaveStatus.Saved, relative, TextHash.Of(text));
        }
    }

    /// <summary>Moves a document to another path; never replaces another document.</summary>
    public SaveResult Rename(string fromPath, string toPath, string expectedHash)
    {
        var (from, fromFull) = AuthoringPaths.Resolve(_paths.ContentRoot, fromPath);
        var (to, toFull) = AuthoringPaths.Resolve(_paths.ContentRoot, toPath);
        lock (_gate)
        {
            var current = ReadFull(from, fromFull);
            if (current is null || current.Hash != expectedHash)
            {
                return new SaveResult(SaveStatus.Conflict, from, Current: current);
            }

            if (File.Exists(toFull) || Directory.Exists(toFull))
            {
                return new SaveResult(SaveStatus.AlreadyExists, to, Current: ReadFull(to, toFull));
            }

            Guarded(to, () =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(toFull)!);
                File.Move(fromFull, toFull, overwrite: false);
            });
            return new SaveResult(SaveStatus.Saved, to, current.Hash);
        }
    }

    /// <summary>
    /// Moves a document into the trash if it still has <paramref name="expectedHash"/>.
    /// Returns null with the conflict when it changed (or is gone).
    /// </summary>
    public (TrashedFile? Trashed, SaveResult Result) Trash(string relativePath, string expectedHash, DateTimeOffset now)
    {
        var (relative, full) = AuthoringPaths.Resolve(_paths.ContentRoot, relativePath);
        lock (_gate)
        {
            var current = ReadFull(relative, full);
            if (current is null || current.Hash != expectedHash)
            {
                return (null, new SaveResult(SaveStatus.Conflict, relative, Current: current));
            }

            // A folder per deletion: the same path can be deleted, recreated and deleted again.
            var trashPath = $"{now.UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}/{relative}";
            var target = Path.Combine(TrashRoot, trashPath);
            // The trash may be on another volume (data/), where a move is a copy that can fill the disk.
            Guarded(relative, () =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(full, target, overwrite: false);
            });
            return (new TrashedFile(relative, trashPath, current.Text, current.Hash), new SaveResult(SaveStatus.Saved, relative, current.Hash));
        }
    }

    /// <summary>Moves a trashed file back; refuses when a file now exists at its path.</summary>
    public SaveResult Untrash(string trashPath, string relativePath)
    {
        var (relative, full) = AuthoringPaths.Resolve(_paths.ContentRoot, relativePath);
        var trashRoot = Path.GetFullPath(TrashRoot);
        var source = Path.GetFullPath(Path.Combine(trashRoot, trashPath));
        if (!source.StartsWith(trashRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(source))
        {
            throw new InvalidContentPathException(trashPath, "not a file in the trash");
        }

        lock (_gate)
        {
            if (File.Exists(full) || Directory.Exists(full))
            {
                return new SaveResult(SaveStatus.AlreadyExists, relative, Current: ReadFull(relative, full));
            }

            Guarded(relative, () =>
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.Move(source, full, overwrite: false);
            });
            TryRemoveEmptyFolders(Path.GetDirectoryName(source)!, trashRoot);
            var restored = ReadFull(relative, full)!;
            return new SaveResult(SaveStatus.Saved, relative, restored.Hash);
        }
    }

    /// <summary>
    /// Puts a change another node made into this content folder, without a conflict check (the
    /// shared change log did that): <paramref name="text"/> replaces the file atomically, as a save
    /// does (keeping its BOM and line endings), or creates it; null removes the file, into the trash
    /// at <paramref name="trashPath"/> when given (so a restore from the trash works on every node).
    /// Returns the document as it is now (null when removed). Idempotent.
    /// </summary>
    public StoredText? Apply(string relativePath, string? text, string? trashPath = null)
    {
        var (relative, full) = AuthoringPaths.Resolve(_paths.ContentRoot, relativePath);
        lock (_gate)
        {
            if (text is null)
            {
                if (File.Exists(full))
                {
                    var target = trashPath is null ? null : TrashTarget(trashPath);
                    Guarded(relative, () =>
                    {
                        if (target is null)
                        {
                            File.Delete(full);
                            return;
                        }

                        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                        File.Move(full, target, overwrite: true);
                    });
                }

                return null;
            }

            var previous = File.Exists(full) ? File.ReadAllBytes(full) : null;
            Guarded(relative, () => Directory.CreateDirectory(Path.GetDirectoryName(full)!));
            var temp = WriteTemp(relative, full, previous is null ? Utf8.GetBytes(text) : Encode(text, previous));
            try
            {
                File.Move(temp, full, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new ContentWriteException(relative, ContentWriteException.Classify(ex), ex);
            }
            finally
            {
                DeleteQuietly(temp);
            }

            return new StoredText(relative, text, TextHash.Of(text));
        }
    }

    /// <summary>A path in the trash folder, refused when it would leave it.</summary>
    private string TrashTarget(string trashPath)
    {
        var trashRoot = Path.GetFullPath(TrashRoot);
        var target = Path.GetFullPath(Path.Combine(trashRoot, trashPath));
        return target.StartsWith(trashRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? target
            : throw new InvalidContentPathException(trashPath, "not a path in the trash");
    }

    private static StoredText? ReadFull(string relative, string full)
    {
        if (!File.Exists(full))
        {
            return null;
        }

        var text = Decode(File.ReadAllBytes(full));
        return new StoredText(relative, text, TextHash.Of(text));
    }

    private static string Decode(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>Text from the browser has LF endings; a file that had CRLF (or a BOM) keeps them, so git sees only the real change.</summary>
    private static byte[] Encode(string text, byte[] previous)
    {
        var hadBom = previous.Length >= 3 && previous[0] == 0xEF && previous[1] == 0xBB && previous[2] == 0xBF;
        var previousText = Decode(previous);
        if (previousText.Contains("\r\n", StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        var body = Utf8.GetBytes(text);
        return hadBom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    /// <summary>A hidden temp file next to the target (same volume, so the rename is atomic; hidden, so the loader skips it).</summary>
    private string WriteTemp(string relative, string target, byte[] bytes)
    {
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using var stream = _createTemp(temp);
            stream.Write(bytes);
            if (stream is FileStream file)
            {
                file.Flush(flushToDisk: true);
            }
            else
            {
                stream.Flush();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk fails part-way through the write (or in the flush when the stream closes):
            // the half-written temp file must not stay in content/.
            DeleteQuietly(temp);
            throw new ContentWriteException(relative, ContentWriteException.Classify(ex), ex);
        }

        return temp;
    }

    /// <summary>Runs a file operation, turning file system errors into <see cref="ContentWriteException"/>.</summary>
    private static void Guarded(string relative, Action operation)
    {
        try
        {
            operation();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ContentWriteException(relative, ContentWriteException.Classify(ex), ex);
        }
    }

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Reporting the write's own failure matters more; a temp file that cannot even be deleted is hidden (dot name) and skipped by the loader.
        }
    }

    private static FileStream CreateTempFile(string path) => new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    private static void TryRemoveEmptyFolders(string folder, string stopAt)
    {
        try
        {
            for (var current = folder; current.Length > stopAt.Length && !Directory.EnumerateFileSystemEntries(current).Any(); current = Path.GetDirectoryName(current)!)
            {
                Directory.Delete(current);
            }
        }
        catch (IOException)
        {
            // Tidying the trash is a nicety; a folder someone else is using can stay.
        }
    }
}
