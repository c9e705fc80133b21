using KnowledgeBase.Import.HelpDesks;

namespace KnowledgeBase.Import.Writing;

/// <summary>
/// Where a newly imported item goes: <c>templates/&lt;lang&gt;/&lt;folder&gt;/&lt;categories…&gt;/&lt;title&gt;-&lt;id&gt;.md</c>.
/// The help desk's id in the name keeps two items of the same title apart. A later import finds the
/// file by its <c>source:</c> key instead, so a renamed item or a moved file is still updated in place.
/// </summary>
public static class ImportPaths
{
    private const int MaxCategoryFolders = 3;

    public static string For(HelpDeskItem item, string language, string folder)
    {
        ArgumentNullException.ThrowIfNull(item);
        var categories = item.Categories.Select(c => Slugs.Of(c, 40)).Where(c => c.Length > 0).Take(MaxCategoryFolders);
        var name = Slugs.Of(item.Title);
        var file = $"{(name.Length == 0 ? item.Kind : name)}-{item.Id.ToLowerInvariant()}.md";
        return string.Join('/', new[] { "templates", language, folder }.Where(s => s.Length > 0).Concat(categories).Append(file));
    }

    /// <summary>The folder as given, with forward slashes and none at its end; a leading one stays, so an absolute path is refused.</summary>
    public static string NormalizeFolder(string folder) => folder.Replace('\\', '/').Trim().TrimEnd('/');
}
