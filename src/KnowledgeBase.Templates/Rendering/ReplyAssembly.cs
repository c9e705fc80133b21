namespace KnowledgeBase.Templates.Rendering;

/// <summary>
/// Puts one more filled template into a reply so that the reply greets once and signs once: a
/// template's greeting goes in only at the very start of the reply (the first template's greeting
/// stays), and its sign-off only at the very end, where it replaces the sign-off an earlier
/// template left there (the last template's sign-off closes the reply). Text the agent wrote stays
/// as typed.
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
        string[] signOffs = [.. new[] { previousSignOff, reply.SignOff }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim())];
        if (range is { } r && r.Start >= 0 && r.Start <= r.End && r.End <= text.Length)
        {
            return InPlace(text[..r.Start], text[r.End..], reply, previousSignOff, signOffs);
        }

        // At the end: an earlier template's sign-off moves behind the new text.
        var before = text.TrimEnd();
        if (signOffs.FirstOrDefault(s => before.EndsWith(s, StringComparison.Ordinal)) is { } closing)
        {
            before = before[..^closing.Length].TrimEnd();
        }

        var parts = Parts(reply, greet: before.Length == 0, signOff: reply.SignOff.Length > 0 ? reply.SignOff : previousSignOff);
        var added = string.Join("\n\n", parts);
        return new AssembledReply(before.Length == 0 ? added : $"{before}\n\n{added}", reply.SignOff.Length > 0 ? reply.SignOff : previousSignOff);
    }

    private static AssembledReply InPlace(string prefix, string suffix, RenderedReply reply, string? previousSignOff, string[] signOffs)
    {
        // Typed just above an earlier template's sign-off: the new sign-off (the last template's) takes its place.
        if (suffix.Trim() is { Length: > 0 } following && signOffs.Contains(following, StringComparer.Ordinal))
        {
            suffix = string.Empty;
        }

        var atEnd = suffix.Trim().Length == 0;

        // Typed below it, at the very end: the earlier sign-off moves behind the new text.
        if (atEnd && signOffs.FirstOrDefault(s => prefix.TrimEnd().EndsWith(s, StringComparison.Ordinal)) is { } closing)
        {
            prefix = prefix.TrimEnd()[..^closing.Length];
        }

        var atStart = prefix.Trim().Length == 0;
        var signOff = atEnd ? (reply.SignOff.Length > 0 ? reply.SignOff : previousSignOff) : null;
        var inserted = string.Join("\n\n", Parts(reply, greet: atStart, signOff));
        var text = (atStart ? string.Empty : prefix) + inserted + (atEnd ? string.Empty : suffix);
        return new AssembledReply(text, atEnd ? signOff : previousSignOff);
    }

    private static IEnumerable<string> Parts(RenderedReply reply, bool greet, string? signOff)
    {
        if (greet && reply.Greeting.Length > 0)
        {
            yield return reply.Greeting;
        }

        if (reply.Body.Length > 0)
        {
            yield return reply.Body;
        }

        if (!string.IsNullOrWhiteSpace(signOff))
        {
            yield return signOff;
        }
    }
}
