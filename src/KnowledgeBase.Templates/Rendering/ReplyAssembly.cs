namespace KnowledgeBase.Templates.Rendering;

/// <summary>
/// Puts one more filled template into a reply so that the reply greets once and signs once: a
/// template's greeting goes in only at the very start of the reply (the first template's greeting
/// stays), and its sign-off only at the very end, where it replaces the sign-off an earlier
/// template left there (the last template's sign-off closes the reply). Text the agent wrote stays.
/// </summary>
public static class ReplyAssembly
{
    /// <param name="text">The reply as it stands.</param>
    /// <param name="range">Where the template goes (the "/shortcut" the agent typed); null adds it at the end.</param>
    /// <param name="reply">The filled template, split into greeting, body and sign-off.</param>
    /// <param name="previousSignOff">The sign-off an earlier template put at the end of the reply, if any.</param>
    public static AssembledReply Insert(string text, (int Start, int End)? range, RenderedReply reply, string? previousSignOff)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(reply);
        var (start, end) = range is { } r && r.Start >= 0 && r.Start <= r.End && r.End <= text.Length ? r : (text.Length, text.Length);
        var before = text[..start].TrimEnd();
        var after = text[end..].Trim();

        // The earlier sign-off at the end of the reply moves behind the new text: either it follows the "/shortcut" or the template is added after it.
        var signOffs = new[] { previousSignOff, reply.SignOff }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).ToList();
        var closing = signOffs.FirstOrDefault(s => after == s) ?? (after.Length == 0 ? signOffs.FirstOrDefault(s => before.EndsWith(s, StringComparison.Ordinal)) : null);
        if (closing is not null)
        {
            if (after == closing)
            {
                after = string.Empty;
            }
            else
            {
                before = before[..^closing.Length].TrimEnd();
            }
        }

        var atEnd = after.Length == 0;
        var signOff = reply.SignOff.Length > 0 && atEnd ? reply.SignOff : closing is not null && atEnd ? closing : null;
        var parts = new List<string>();
        if (before.Length > 0)
        {
            parts.Add(before);
        }
        else if (reply.Greeting.Length > 0)
        {
            parts.Add(reply.Greeting);
        }

        if (reply.Body.Length > 0)
        {
            parts.Add(reply.Body);
        }

        if (signOff is not null)
        {
            parts.Add(signOff);
        }

        if (after.Length > 0)
        {
            parts.Add(after);
        }

        return new AssembledReply(string.Join("\n\n", parts), signOff ?? (atEnd ? null : previousSignOff));
    }
}
