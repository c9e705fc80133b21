namespace KnowledgeBase.Content.Media;

/// <summary>
/// Removes what an image says about where it came from (EXIF with GPS position and camera, XMP,
/// ICC profiles, text chunks, comments) before it is stored in the content folder, which is shared
/// with every agent and usually pushed to git.
/// </summary>
/// <remarks>
/// The filters work on each format's container (PNG chunks, JPEG segments, GIF blocks, WebP RIFF
/// chunks) and copy the compressed pixel data byte for byte. Nothing is decoded or re-encoded: no
/// JPEG quality is lost, and the server never runs an image decoder over an uploaded file, so a
/// crafted image or a decompression bomb has nothing here to attack. PDFs are stored unchanged.
/// </remarks>
public static class MetadataStripper
{
    /// <summary>The file without its metadata; throws <see cref="MediaFormatException"/> when it is not built like its type.</summary>
    public static byte[] Strip(MediaType type, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == MediaType.Png)
        {
            return PngMetadata.Strip(bytes);
        }

        if (type == MediaType.Jpeg)
        {
            return JpegMetadata.Strip(bytes);
        }

        if (type == MediaType.Gif)
        {
            return GifMetadata.Strip(bytes);
        }

        return type == MediaType.Webp ? WebpMetadata.Strip(bytes) : bytes.ToArray();
    }
}
