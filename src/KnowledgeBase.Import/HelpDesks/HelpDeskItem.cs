namespace KnowledgeBase.Import.HelpDesks;

/// <summary>One macro, canned response or text module, as the export describes it.</summary>
/// <param name="Kind">What the help desk calls it, for the <c>source:</c> id: <c>macro</c>, <c>canned-response</c>, <c>text-module</c>.</param>
/// <param name="Id">The help desk's id, as text.</param>
/// <param name="Title">The title without its categories (<c>Delivery delayed</c> of <c>Shipping::Delivery delayed</c>).</param>
/// <param name="SourceTitle">The title exactly as the help desk has it.</param>
/// <param name="Categories">Category path, outermost first (<c>Shipping</c>), or the folder it lives in.</param>
/// <param name="Shortcut">The short code agents type, as the help desk has it.</param>
/// <param name="Restrictions">Who may use it there, in words (<c>group 360001</c>, <c>personal</c>).</param>
/// <param name="Notes">The help desk's description or note, and anything it does that a template cannot (<c>sets status: solved</c>).</param>
/// <param name="Keywords">Search words the help desk keeps with it.</param>
public sealed record HelpDeskItem(
    HelpDesk HelpDesk,
    string Kind,
    string Id,
    string Title,
    string SourceTitle,
    string? Body,
    BodyFormat Format,
    IReadOnlyList<string> Categories,
    string? Shortcut,
    bool Active,
    IReadOnlyList<string> Restrictions,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Keywords)
{
    /// <summary>The stable id written to front matter as <c>source:</c>, e.g. <c>zendesk:macro:123</c>.</summary>
    public string Source => $"{HelpDeskNames.Of(HelpDesk)}:{Kind}:{Id}";
}
