using System.Buffers;
using System.Text;
using KnowledgeBase.Content.Limits;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Loading;

/// <summary>
/// Reads one content file as text, or says why not: it is reached through a symbolic link or
/// leads out of the content folder, it is over its size limit, or it cannot be read. Never throws
/// for a file's sake, and never reads more than the limit, even from a file that grows meanwhile.
/// </summary>
internal static class ContentFileReader
{
    private const int ChunkBytes = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="maxBytes">The size limit for this kind of file.</param>
    /// <param name="sizeSetting">The configuration key of that limit, named in the finding.</param>
    public static (string? Text, List<Finding> Findings) Read(string root, string relativePath, long maxBytes, string sizeSetting)
    {
        var findings = new List<Finding>();
        if (ContentTree.Refusal(root, relativePath) is { } refusal)
        {
            findings.Add(refusal);
            return (null, findings);
        }

        try
        {
            var bytes = ReadBounded(Path.Combine(root, relativePath), maxBytes, out var size);
            if (bytes is null)
            {
                findings.Add(Finding.Error(relativePath, 1, LimitCodes.TooLarge,
                    $"file is {ByteSize.Format(size)}; at most {ByteSize.Format(maxBytes)} is read ({sizeSetting})"));
                return (null, findings);
            }

            try
            {
                return (StrictUtf8.GetString(bytes), findings);
            }
            catch (DecoderFallbackException)
            {
                findings.Add(Finding.Warning(relativePath, 1, "encoding", "file is not valid UTF-8; unreadable characters were replaced"));
                return (Encoding.UTF8.GetString(bytes), findings);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            findings.Add(Finding.Error(relativePath, 1, "file", $"cannot read file: {ex.Message}"));
            return (null, findings);
        }
    }

    /// <summary>The file's bytes, or null (with the size seen) when it holds more than <paramref name="maxBytes"/>.</summary>
    private static byte[]? ReadBounded(string fullPath, long maxBytes, out long size)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0, FileOptions.SequentialScan);
        size = stream.Length;
        if (size > maxBytes)
        {
            return null;
        }

        // The length is only a hint: a file being written grows, and some files report 0. Read at most one byte past the limit.
        using var content = new MemoryStream((int)size);

        // Pooled: a fresh 64 KB chunk per file was most of what a bulk load of small files allocated.
        var chunk = ArrayPool<byte>.Shared.Rent((int)Math.Min(ChunkBytes, maxBytes + 1));
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - content.Length))) > 0)
            {
                content.Write(chunk, 0, read);
                if (content.Length > maxBytes)
                {
                    size = content.Length;
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return content.ToArray();
    }
}
