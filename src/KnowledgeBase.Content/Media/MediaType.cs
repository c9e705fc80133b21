namespace KnowledgeBase.Content.Media;

/// <summary>A kind of file the editor accepts into <c>content/media/</c>, known by its first bytes (see <see cref="MediaSniffer"/>).</summary>
/// <param name="Extension">The file name extension it is stored with, without the dot.</param>
/// <param name="ContentType">The content type it is served with.</param>
/// <param name="IsImage">Images are shown in the article (<c>![alt](…)</c>); other files are linked (<c>[name](…)</c>).</param>
public sealed record MediaType(string Extension, string ContentType, bool IsImage)
{
    public static readonly MediaType Png = new("png", "image/png", IsImage: true);
    public static readonly MediaType Jpeg = new("jpg", "image/jpeg", IsImage: true);
    public static readonly MediaType Gif = new("gif", "image/gif", IsImage: true);
    public static readonly MediaType Webp = new("webp", "image/webp", IsImage: true);
    public static readonly MediaType Pdf = new("pdf", "application/pdf", IsImage: false);

    /// <summary>Every accepted type.</summary>
    public static IReadOnlyList<MediaType> All { get; } = [Png, Jpeg, Gif, Webp, Pdf];

    /// <summary>The type a file name's extension claims (<c>.jpeg</c> counts as <c>.jpg</c>), or null. Only a hint: the bytes decide.</summary>
    public static MediaType? FromExtension(string extension)
    {
        var bare = extension.TrimStart('.').ToLowerInvariant();
        return bare == "jpeg" ? Jpeg : All.FirstOrDefault(t => t.Extension == bare);
    }
}
