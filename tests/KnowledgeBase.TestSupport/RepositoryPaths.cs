using KnowledgeBase.Content.Configuration;

namespace KnowledgeBase.TestSupport;

/// <summary>Paths to the repository's content and to the shared datasets beside the repository.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = KnowledgeBasePaths.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Tests must run inside the repository (KnowledgeBase.sln not found above the test binaries).");

    public static string Content => Path.Combine(Root, "content");

    /// <summary><c>../shared/datasets</c> relative to the repository root.</summary>
    public static string Datasets => Path.GetFullPath(Path.Combine(Root, "..", "shared", "datasets"));

    // Each dataset path is checked where it is asked for: a missing folder fails the test with its name.
    public static string GitLabHandbook => SharedDatasets.Require(Path.Combine(Datasets, "gitlab-handbook", "content"));

    public static string OfficeSupport => SharedDatasets.Require(Path.Combine(Datasets, "office-support-multilingual"));

    public static string Bitext => SharedDatasets.Require(Path.Combine(Datasets, "bitext"));
}
