namespace KnowledgeBase.Web.Authoring;

/// <summary>
/// The editor's Markdown body as the server knows it. While the lead types, the browser owns the
/// text and sends only what changed (<see cref="Apply"/>), so the server's copy follows without the
/// whole text crossing the connection per keystroke. When the server itself replaces the text
/// (opening, reloading after a conflict), <see cref="Version"/> changes and the page renders a new
/// textarea, so an old one can never overwrite the new text.
/// </summary>
public sealed class EditorBody
{
    /// <summary>Returned by <see cref="Apply"/> for an edit made in a textarea that has since been replaced.</summary>
    public const int StaleVersion = -2;

    /// <summary>The text as the browser last reported it.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The text the current textarea was rendered with (only changes with <see cref="Version"/>).</summary>
    public string InitialText { get; private set; } = "";

    /// <summary><see cref="TextFingerprint"/> of <see cref="InitialText"/>.</summary>
    public uint InitialFingerprint { get; private set; } = TextFingerprint.Of("");

    /// <summary>Which textarea the browser edits; a new one for every text the server puts in.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// Puts a new text in (a new textarea); does nothing when it equals what is being edited, so
    /// saving keeps the lead's caret and scroll position.
    /// </summary>
    public void Reset(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == Text && Version > 0)
        {
            return;
        }

        Text = text;
        InitialText = text;
        InitialFingerprint = TextFingerprint.Of(text);
        Version++;
    }

    /// <summary>Starts replacing the whole text (the browser sends it again in pieces after this).</summary>
    public bool Clear(int version)
    {
        if (version != Version)
        {
            return false;
        }

        Text = "";
        return true;
    }

    /// <summary>
    /// Replaces <paramref name="removed"/> characters at <paramref name="start"/> with <paramref name="inserted"/>.
    /// Returns the text's length afterwards, which the browser compares with its own; an edit that does
    /// not fit is not applied (the lengths then differ and the browser sends the whole text).
    /// </summary>
    public int Apply(int version, int start, int removed, string inserted)
    {
        ArgumentNullException.ThrowIfNull(inserted);
        if (version != Version)
        {
            return StaleVersion;
        }

        if (start < 0 || removed < 0 || start > Text.Length - removed)
        {
            return Text.Length;
        }

        Text = string.Concat(Text.AsSpan(0, start), inserted, Text.AsSpan(start + removed));
        return Text.Length;
    }
}
