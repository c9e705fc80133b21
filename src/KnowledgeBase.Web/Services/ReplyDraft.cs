using KnowledgeBase.Templates.Rendering;

namespace KnowledgeBase.Web.Services;

/// <summary>
/// The reply an agent is writing, kept for the browser tab (circuit) so that inserting a template
/// from a template page or the search page and coming back to the composer loses nothing. A reply
/// built from several templates shares their field values (the customer's name is typed once) and
/// keeps one greeting and one sign-off (<see cref="ReplyAssembly"/>).
/// </summary>
public sealed class ReplyDraft
{
    /// <summary>The channel a new reply is written for: e-mail copies as rich text.</summary>
    public const string DefaultChannel = "email";

    /// <summary>The reply text as last typed or inserted.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The customer's message the agent pasted for suggestions.</summary>
    public string CustomerMessage { get; set; } = string.Empty;

    /// <summary>The language the reply is written in (phrasebook hints, the "/" picker, suggestions); null until known.</summary>
    public string? Language { get; set; }

    /// <summary>True when the agent picked <see cref="Language"/> by hand; otherwise it follows the customer's message.</summary>
    public bool LanguageChosen { get; set; }

    /// <summary>email, chat or sms: templates are filled for it, and Copy puts rich text on the clipboard only for e-mail.</summary>
    public string Channel { get; set; } = DefaultChannel;

    /// <summary>The values typed into templates of this reply, by field name: the next template starts with them.</summary>
    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>The query string of the help-desk link the draft was started from, so opening it again (Back) does not overwrite the agent's edits.</summary>
    public string? OpenedFrom { get; set; }

    /// <summary>The sign-off a template put at the end of the reply, which the next template's sign-off replaces.</summary>
    public string? SignOff { get; set; }

    /// <summary>Adds a filled template at the end, keeping one greeting and one sign-off.</summary>
    public void Append(RenderedReply reply, string? language)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var assembled = ReplyAssembly.Insert(Text, null, reply, SignOff);
        Text = assembled.Text;
        SignOff = assembled.SignOff;
        Language ??= language;
    }

    /// <summary>Keeps the values a template was filled with, for the next template of this reply.</summary>
    public void Remember(IReadOnlyDictionary<string, string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (name, value) in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                Values[name] = value;
            }
        }
    }

    /// <summary>A new reply: text, values, sign-off and a language that follows the next message.</summary>
    public void Clear()
    {
        Text = string.Empty;
        Language = null;
        LanguageChosen = false;
        Values.Clear();
        SignOff = null;
    }
}
