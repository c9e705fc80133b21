namespace KnowledgeBase.Web.Services;

/// <summary>
/// Limits of the interactive connection (the Blazor circuit's SignalR hub), bound from
/// <c>KnowledgeBase:Circuit</c>.
/// </summary>
public sealed class CircuitOptions
{
    public const string SectionName = "KnowledgeBase:Circuit";

    /// <summary>
    /// The largest message a browser may send, in bytes; a larger one closes the connection. Sized
    /// on purpose: the editor sends text in pieces of at most
    /// <see cref="Authoring.AuthoringUiOptions.EditChunkChars"/> characters (under 24 KB as JSON), and
    /// the largest single message is a restored draft's form values, bounded by the 64 KB front
    /// matter limit. 128 KB holds both; the server buffers up to this much per message and client.
    /// SignalR's default is 32 KB.
    /// </summary>
    public long MaximumReceiveMessageSize { get; set; } = 128 * 1024;
}
