namespace KnowledgeBase.Search.Indexing;

/// <summary>What a synchronisation with the content folder changed.</summary>
public sealed record SyncResult(int Added, int Updated, int Removed, int Unchanged, int Sections, TimeSpan Took, bool Rebuilt);
