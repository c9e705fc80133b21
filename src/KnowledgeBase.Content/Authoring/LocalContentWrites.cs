namespace KnowledgeBase.Content.Authoring;

/// <summary>One node: the content folder is the only copy, and <see cref="ContentWriter"/> checks conflicts against it.</summary>
public sealed class LocalContentWrites(ContentWriter writer) : IContentWrites
{
    public SaveResult Create(string relativePath, string text) => writer.Create(relativePath, text);

    public SaveResult Save(string relativePath, string text, string expectedHash) => writer.Save(relativePath, text, expectedHash);

    public SaveResult Rename(string fromPath, string toPath, string expectedHash) => writer.Rename(fromPath, toPath, expectedHash);

    public (TrashedFile? Trashed, SaveResult Result) Trash(string relativePath, string expectedHash, DateTimeOffset now) =>
        writer.Trash(relativePath, expectedHash, now);

    public SaveResult Untrash(string trashPath, string relativePath) => writer.Untrash(trashPath, relativePath);

    public SaveResult CreateMedia(string relativePath, byte[] bytes) => writer.CreateMedia(relativePath, bytes);
}
