namespace KnowledgeBase.Web.Components.Search;

/// <summary>
/// Turns the stream of box changes into searches without a fixed debounce: the newest text waits
/// while a search runs and is searched as soon as it is done; texts it replaced are never searched.
/// So a quick typist on a slow machine gets one search per free moment, always for what they typed
/// last, and an idle machine searches every keystroke at once. Changes are numbered by the browser;
/// one that arrives with a number not newer than the last is dropped, so an older text never
/// replaces a newer one. Not thread-safe: one search page uses it on its renderer's dispatcher.
/// </summary>
public sealed class TypingCoalescer
{
    private TypedQuery? _waiting;

    /// <param name="initialText">The text the page starts with (the address's <c>?q=</c>), as change 0.</param>
    public TypingCoalescer(string initialText)
    {
        ArgumentNullException.ThrowIfNull(initialText);
        Latest = new TypedQuery(0, initialText);
    }

    /// <summary>The newest text the box is known to hold, searched or not.</summary>
    public TypedQuery Latest { get; private set; }

    /// <summary>True while a text waits to be searched.</summary>
    public bool HasWaiting => _waiting is not null;

    /// <summary>
    /// A change from the box. True when the caller should schedule a search run: nothing was waiting
    /// before (a run already scheduled takes this text too, as it only ever takes the newest).
    /// </summary>
    public bool Offer(TypedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query.Text);
        if (query.Sequence <= Latest.Sequence)
        {
            return false;
        }

        Latest = query;
        var schedule = _waiting is null;
        _waiting = query;
        return schedule;
    }

    /// <summary>The newest text, if one waits to be searched; it no longer waits afterwards.</summary>
    public bool TryTake(out TypedQuery query)
    {
        if (_waiting is { } waiting)
        {
            _waiting = null;
            query = waiting;
            return true;
        }

        query = default;
        return false;
    }

    /// <summary>
    /// The page was told the box's text from elsewhere (Back, a link): it becomes the newest known
    /// text under the same number, and whatever waited is dropped, as it is older.
    /// </summary>
    public void Adopt(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Latest = Latest with { Text = text };
        _waiting = null;
    }
}
