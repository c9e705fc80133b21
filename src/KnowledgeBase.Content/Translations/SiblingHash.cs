using KnowledgeBase.Content.Authoring;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Translations;

/// <summary>
/// The short hash of an SOP's text (title and body) that its translations and knowledge checks are
/// reviewed against. Front matter other than the title (tags, review dates) does not count: a
/// changed owner does not make a translation outdated.
/// </summary>
public static class SiblingHash
{
    /// <summary>The front matter key a translation records its source's hash in when it is reviewed.</summary>
    public const string SourceHashKey = "source_hash";

    /// <summary>The front matter key an SOP records its own hash in when its knowledge checks are reviewed.</summary>
    public const string ChecksHashKey = "checks_hash";

    public static string Of(ContentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return TextHash.Of(document.Title.Trim() + "\n" + document.Body)[..12];
    }

    /// <summary>The hash recorded under <paramref name="key"/>, or null.</summary>
    public static string? Recorded(ContentDocument document, string key)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Extra.GetValueOrDefault(key) is string value && value.Trim().Length > 0 ? value.Trim() : null;
    }
}
