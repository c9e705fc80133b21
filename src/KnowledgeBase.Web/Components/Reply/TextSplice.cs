namespace KnowledgeBase.Web.Components.Reply;

/// <summary>
/// The one span that turns a text into another: what lies between their common start and common
/// end. Replacing only that span keeps the caret and the agent's own words where they were.
/// </summary>
public readonly record struct TextSplice(int Start, int End, string Removed, string Inserted)
{
    public static TextSplice Between(string current, string next)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        var same = 0;
        while (same < current.Length && same < next.Length && current[same] == next[same])
        {
            same++;
        }

        var tail = 0;
        while (tail < current.Length - same && tail < next.Length - same && current[^(tail + 1)] == next[^(tail + 1)])
        {
            tail++;
        }

        var end = current.Length - tail;
        return new TextSplice(same, end, current[same..end], next[same..^tail]);
    }
}
