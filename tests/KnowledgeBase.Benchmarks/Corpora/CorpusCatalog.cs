using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Benchmarks.Corpora;

/// <summary>The four corpora of the benchmark: shipped content, GitLab handbook, Office support, generated.</summary>
public static class CorpusCatalog
{
    public static readonly IReadOnlyList<string> Names = ["content", "handbook", "office", "generated"];

    public static Corpus Resolve(string name, string workDirectory, int generatedArticles) => name switch
    {
        "content" => new Corpus(name, "shipped content/ (en, cs, lv, fr, ru)", RepositoryPaths.Content),
        "handbook" => new Corpus(name, "GitLab handbook, 2,059 pages (en)", RepositoryPaths.GitLabHandbook),
        "office" => new Corpus(name, "Office support, 1,600 pages (cs, lv, fr, ru)", RepositoryPaths.OfficeSupport),
        "generated" => new Corpus(name, $"generated, {generatedArticles:N0} articles (80 % en, 20 % cs/lv/fr/ru)", GeneratedCorpus.Ensure(workDirectory, generatedArticles)),
        _ => throw new ArgumentException($"unknown corpus '{name}'; use one of {string.Join(", ", Names)}", nameof(name)),
    };
}
