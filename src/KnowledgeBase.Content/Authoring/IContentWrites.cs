namespace KnowledgeBase.Content.Authoring;

/// <summary>
/// Every change the app makes to the content folder, with the conflict check of each. One node
/// writes through <see cref="ContentWriter"/> alone (<see cref="LocalContentWrites"/>); several nodes
/// also record each change where every node applies it, and check conflicts against the latest
/// version any node saved.
/// </summary>
public interface IContentWrites
{
    /// <summary>Creates a new document; never replaces an existing one.</summary>
    SaveResult Create(string relativePath, string text);

    /// <summary>Replaces a document's text if its version is still <paramref name="expectedHash"/>.</summary>
    SaveResult Save(string relativePath, string text, string expectedHash);

    /// <summary>Moves a document (if unchanged since opened); never replaces another document.</summary>
    SaveResult Rename(string fromPath, string toPath, string expectedHash);

    /// <summary>Moves a document into the trash if its version is still <paramref name="expectedHash"/>.</summary>
    (TrashedFile? Trashed, SaveResult Result) Trash(string relativePath, string expectedHash, DateTimeOffset now);

    /// <summary>Puts a trashed file back; refuses when a document now exists at its path.</summary>
    SaveResult Untrash(string trashPath, string relativePath);

    /// <summary>
    /// Stores an attached file under <c>media/</c>; never replaces one (<see cref="ContentWriter.CreateMedia"/>:
    /// the same bytes already there are <see cref="SaveStatus.AlreadyExists"/>, other bytes a conflict).
    /// </summary>
    SaveResult CreateMedia(string relativePath, byte[] bytes);
}
