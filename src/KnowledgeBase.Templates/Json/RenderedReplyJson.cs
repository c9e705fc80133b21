using KnowledgeBase.Templates.Rendering;

namespace KnowledgeBase.Templates.Json;

/// <summary>
/// A filled-in reply as <c>kb render --json</c> prints it and <c>POST /api/v1/render</c> returns it:
/// the plain text to send, and the same text as HTML for a rich editor or an e-mail body.
/// </summary>
/// <param name="Channel">The declared channel it was written for; null for the template's default text.</param>
public sealed record RenderedReplyJson(string Id, string? Channel, string Text, string Html)
{
    public static RenderedReplyJson From(RenderedReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new RenderedReplyJson(reply.TemplateId, reply.Channel, reply.Text, reply.Html);
    }
}
