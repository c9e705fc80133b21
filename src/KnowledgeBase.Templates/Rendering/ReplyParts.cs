using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>
/// Splits a rendered template at the stand-ins its greeting and sign-off markers left
/// (<see cref="ReplyPartMarkers"/>): the greeting above, the sign-off below, the body between.
/// The whole text is the three joined by a blank line, as the template reads without markers.
/// </summary>
internal static class ReplyParts
{
    public static RenderedReply Split(string templateId, string? channel, string rendered, IReadOnlyList<FieldProblem> problems)
    {
        var text = rendered;
        var greeting = string.Empty;
        var signOff = string.Empty;
        var greetingEnd = text.IndexOf(ReplyPartMarkers.GreetingEnd, StringComparison.Ordinal);
        if (greetingEnd >= 0)
        {
            greeting = ReplyText.Clean(Without(text[..greetingEnd]));
            text = text[(greetingEnd + 1)..];
        }

        var signOffStart = text.LastIndexOf(ReplyPartMarkers.SignOffStart);
        if (signOffStart >= 0)
        {
            signOff = ReplyText.Clean(Without(text[(signOffStart + 1)..]));
            text = text[..signOffStart];
        }

        var body = ReplyText.Clean(Without(text));
        var whole = string.Join("\n\n", new[] { greeting, body, signOff }.Where(p => p.Length > 0));
        return new RenderedReply(templateId, channel, whole, problems) { Greeting = greeting, Body = body, SignOff = signOff };
    }

    /// <summary>A second marker of the same kind is kept out of the text (kb validate warns about it).</summary>
    private static string Without(string text) =>
        text.Replace(ReplyPartMarkers.GreetingEnd.ToString(), string.Empty, StringComparison.Ordinal)
            .Replace(ReplyPartMarkers.SignOffStart.ToString(), string.Empty, StringComparison.Ordinal);
}
