using System.Security.Cryptography;
using KnowledgeBase.Content.Authoring;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Content.Media;

/// <summary>
/// Attaches a file to a document: checks its size and type (by its bytes), removes its metadata,
/// and stores it as <c>media/&lt;lang&gt;/&lt;doc-slug&gt;-&lt;hash&gt;.&lt;ext&gt;</c> through
/// <see cref="IContentWrites"/> (on several nodes, every node gets it). The name carries a hash of the stored bytes, so pasting the same
/// screenshot twice gives the same file and link, and two different files never share a name.
/// </summary>
public sealed class MediaStore(IContentWrites writes, IOptions<MediaOptions> options)
{
    private const int ShortHashLength = 10;

    public long MaxFileBytes => options.Value.MaxFileBytes;

    /// <summary>The refusal for a file larger than the limit, for callers that stop reading early.</summary>
    public MediaAttachResult TooLarge() => MediaAttachResult.Refused(MediaRefusal.TooLarge,
        $"Not attached: the file is larger than {Size(MaxFileBytes)}. Make the picture smaller (crop it, or save it as JPEG) and try again.");

    /// <summary>Stores <paramref name="bytes"/> (as received) for the document at <paramref name="documentPath"/>.</summary>
    /// <param name="originalName">The name the file had on the lead's computer: only for the link's text.</param>
    public MediaAttachResult Attach(byte[] bytes, string? originalName, string documentPath)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(documentPath);
        if (bytes.Length == 0)
        {
            return MediaAttachResult.Refused(MediaRefusal.Empty, "Not attached: the file is empty.");
        }

        if (bytes.Length > MaxFileBytes)
        {
            return TooLarge();
        }

        var type = MediaSniffer.Detect(bytes);
        if (type is null)
        {
            return MediaSniffer.LooksLikeSvg(bytes)
                ? MediaAttachResult.Refused(MediaRefusal.Svg,
                    "Not attached: SVG drawings are not accepted, because they can contain script. Export the drawing as PNG and attach that.")
                : MediaAttachResult.Refused(MediaRefusal.UnsupportedType,
                    "Not attached: only PNG, JPEG, GIF and WebP images and PDF documents can be attached (the file's content is none of these, whatever its name says).");
        }

        byte[] stored;
        try
        {
            stored = MetadataStripper.Strip(type, bytes);
        }
        catch (MediaFormatException ex)
        {
            return MediaAttachResult.Refused(MediaRefusal.Damaged, $"Not attached: {ex.Message}. Save the file again from the program that made it and retry.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(stored));
        if (MediaPaths.ForDocument(documentPath, hash[..ShortHashLength], type) is not { } relativePath)
        {
            return MediaAttachResult.Refused(MediaRefusal.NoDocument, "Not attached: choose where the document goes (its language and folder) first.");
        }

        try
        {
            var result = writes.CreateMedia(relativePath, stored);
            if (result.Status == SaveStatus.Conflict)
            {
                // Two different files whose hashes start alike: the full hash tells them apart.
                relativePath = MediaPaths.ForDocument(documentPath, hash, type)!;
                result = writes.CreateMedia(relativePath, stored);
            }

            var url = MediaPaths.UrlFor(result.RelativePath);
            return new MediaAttachResult(MediaRefusal.None, result.Status == SaveStatus.AlreadyExists ? "Already attached: the same file is linked again." : "Attached.",
                result.RelativePath, url, MediaMarkdown.For(type, originalName, url), result.Status == SaveStatus.AlreadyExists);
        }
        catch (InvalidContentPathException ex)
        {
            // The media folder (or the language folder in it) is a symbolic link: never written through.
            return MediaAttachResult.Refused(MediaRefusal.NotWritable, $"Not attached: {ex.Reason}. Ask your administrator to check the content folder.");
        }
        catch (ContentWriteException ex)
        {
            return ex.Problem switch
            {
                WriteProblem.DiskFull => MediaAttachResult.Refused(MediaRefusal.DiskFull,
                    "Not attached: the server's disk is full. Your text is unchanged. Ask your administrator to free some space, then attach the file again."),
                WriteProblem.SharedStoreUnavailable => MediaAttachResult.Refused(MediaRefusal.WriteFailed,
                    "Not attached: the shared database did not answer, so the other servers would not get the file. Your text is unchanged; attach the file again in a moment."),
                WriteProblem.AccessDenied => MediaAttachResult.Refused(MediaRefusal.NotWritable,
                    "Not attached: the app may not write into the content folder. Ask your administrator to check its permissions."),
                _ => MediaAttachResult.Refused(MediaRefusal.WriteFailed, $"Not attached: the server could not write the file ({ex.InnerException?.Message ?? "input/output error"})."),
            };
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 * 1024 => FormattableString.Invariant($"{bytes / 1024.0:0.#} KB"),
        _ when bytes % (1024 * 1024) == 0 => FormattableString.Invariant($"{bytes / (1024 * 1024)} MB"),
        _ => FormattableString.Invariant($"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
