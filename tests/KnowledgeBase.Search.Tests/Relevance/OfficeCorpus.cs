using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Search.Tests.Relevance;

/// <summary>1,600 Microsoft Office support articles, 400 each in cs, lv, fr and ru, in one index.</summary>
public sealed class OfficeCorpus() : DatasetCorpus("office", RepositoryPaths.OfficeSupport);
