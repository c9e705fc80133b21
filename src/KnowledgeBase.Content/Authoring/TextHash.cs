using System.Security.Cryptography;
using System.Text;
using KnowledgeBase.Content.FrontMatter;

namespace KnowledgeBase.Content.Authoring;

/// <summary>
/// The hash <see cref="Model.ContentDocument.ContentHash"/> carries, computed from a file's text.
/// BOM and line endings do not count, so a file re-saved with CRLF by an editor is still "the same".
/// </summary>
public static class TextHash
{
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(FrontMatterBlock.Normalize(text))))[..32];
    }
}
