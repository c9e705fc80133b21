namespace KnowledgeBase.Content.Media;

/// <summary>The outcome of attaching a file: where it is and the Markdown that shows it, or why it was refused (<see cref="Message"/> says it to the lead).</summary>
/// <param name="RelativePath">The file under the content root (<c>media/en/refunds-1a2b3c4d5e.png</c>).</param>
/// <param name="Markdown">The link to insert: <c>![alt](/media/…)</c> for images, <c>[name.pdf](/media/…)</c> otherwise.</param>
/// <param name="AlreadyStored">The same file was attached before: nothing new was written.</param>
public sealed record MediaAttachResult(MediaRefusal Refusal, string Message, string? RelativePath = null, string? Url = null, string? Markdown = null, bool AlreadyStored = false)
{
    public bool IsStored => Refusal == MediaRefusal.None;

    public static MediaAttachResult Refused(MediaRefusal refusal, string message) => new(refusal, message);
}
