namespace KnowledgeBase.Web.Authoring;

/// <summary>
/// A 32-bit FNV-1a hash over a text's UTF-16 code units, computed the same way by
/// <c>js/editor.js</c>: the browser tells from it, without the text crossing the connection,
/// whether its textarea still holds what the server rendered into it.
/// </summary>
public static class TextFingerprint
{
    private const uint OffsetBasis = 2166136261;
    private const uint Prime = 16777619;

    public static uint Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = OffsetBasis;
        foreach (var unit in text)
        {
            hash = unchecked((hash ^ unit) * Prime);
        }

        return hash;
    }
}
