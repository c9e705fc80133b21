namespace KnowledgeBase.Web.Authoring;

/// <summary>Tunables of the editor, bound from <c>KnowledgeBase:AuthoringUi</c>.</summary>
public sealed class AuthoringUiOptions
{
    public const string SectionName = "KnowledgeBase:AuthoringUi";

    /// <summary>
    /// How long typing must pause before the preview and the checks update. Both run off the
    /// keystroke path (on a worker thread); the checks look at the whole library (the phrasebook
    /// rule builds an index), so they never run per keystroke.
    /// </summary>
    public TimeSpan PreviewDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Texts longer than this (characters) wait <see cref="LargeTextPreviewDelay"/> instead.</summary>
    public int LargeTextChars { get; set; } = 32 * 1024;

    /// <summary>
    /// The pause before a long text's preview updates: parsing and rendering a 200 KB SOP costs tens
    /// of milliseconds and its preview is hundreds of KB to send, so it waits for a real pause.
    /// </summary>
    public TimeSpan LargeTextPreviewDelay { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>
    /// The longest piece of text one edit message from the browser carries (a paste is sent in
    /// pieces). JSON escapes a character in at most 6 bytes, so 4,000 characters stay under 24 KB,
    /// well inside <see cref="Services.CircuitOptions.MaximumReceiveMessageSize"/>.
    /// </summary>
    public int EditChunkChars { get; set; } = 4_000;

    /// <summary>
    /// How long Save waits for the editor's script to take over the textarea (on a slow link it can
    /// arrive after the lead started typing) before saying to try again instead of saving without
    /// what was typed.
    /// </summary>
    public TimeSpan EditorAttachWait { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long after the last keystroke the browser writes the draft to its local storage.</summary>
    public TimeSpan DraftDelay { get; set; } = TimeSpan.FromMilliseconds(400);
}
