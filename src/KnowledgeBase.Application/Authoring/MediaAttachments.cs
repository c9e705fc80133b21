using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Authoring.Git;
using KnowledgeBase.Content.Media;

namespace KnowledgeBase.Application.Authoring;

/// <summary>
/// A file a lead pastes, drops or picks in the editor: stored by <see cref="MediaStore"/> (type
/// checked by its bytes, metadata removed, written atomically under <c>content/media/</c>) and,
/// when commits are on, committed like the documents that will link to it, so the content
/// repository never has a link to a file it lacks.
/// </summary>
public sealed class MediaAttachments(MediaStore store, ContentGit? git = null)
{
    public long MaxFileBytes => store.MaxFileBytes;

    /// <inheritdoc cref="MediaStore.TooLarge"/>
    public MediaAttachResult TooLarge() => store.TooLarge();

    /// <summary>Attaches <paramref name="bytes"/> to the document at <paramref name="documentPath"/> for <paramref name="author"/>.</summary>
    public MediaAttachResult Attach(byte[] bytes, string? originalName, string documentPath, Author author)
    {
        ArgumentNullException.ThrowIfNull(author);
        var result = store.Attach(bytes, originalName, documentPath);
        if (result is { IsStored: true, AlreadyStored: false, RelativePath: { } path } && git is { CommitsEnabled: true })
        {
            git.Commit([path], new GitAuthor(author.DisplayName ?? author.Name, author.Name, author.Email), $"Attached {path}\n");
        }

        return result;
    }
}
