namespace KnowledgeBase.Content.Limits;

/// <summary>Finding codes for content refused by a limit, so a script reading <c>kb validate --json</c> can tell them apart.</summary>
public static class LimitCodes
{
    /// <summary>A file, or its front matter, over its size limit: refused unread.</summary>
    public const string TooLarge = "too-large";

    /// <summary>A YAML anchor or alias (<c>&amp;name</c>, <c>*name</c>, <c>&lt;&lt;: *name</c>): refused outright.</summary>
    public const string YamlAnchor = "yaml-anchor";

    /// <summary>YAML nested too deep or holding too many values.</summary>
    public const string YamlLimit = "yaml-limit";

    /// <summary>A symbolic link in the content folder, or a path through one or out of the folder: never read.</summary>
    public const string Symlink = "symlink";
}
