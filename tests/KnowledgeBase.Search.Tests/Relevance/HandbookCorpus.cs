using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Search.Tests.Relevance;

/// <summary>The 2,059-page GitLab handbook (en).</summary>
public sealed class HandbookCorpus() : DatasetCorpus("handbook", RepositoryPaths.GitLabHandbook);
