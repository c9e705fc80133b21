namespace KnowledgeBase.Web.Authoring;

/// <summary>What the editor shows beside the text: the document as read, its findings and its rendered parts.</summary>
public sealed record EditorPreview(PreviewResult Result, IReadOnlyList<PreviewPart> Parts)
{
    public static EditorPreview Empty { get; } = new(new PreviewResult(null, []), []);
}
