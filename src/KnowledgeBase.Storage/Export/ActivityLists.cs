namespace KnowledgeBase.Storage.Export;

/// <summary>The names of the per-user activity lists, as both providers store them.</summary>
public static class ActivityLists
{
    public const string Favourites = "favourites";
    public const string Viewed = "viewed";
    public const string TemplatesUsed = "templatesUsed";

    public static IReadOnlyList<string> All { get; } = [Favourites, Viewed, TemplatesUsed];
}
