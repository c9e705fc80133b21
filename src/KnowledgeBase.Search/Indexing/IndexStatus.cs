namespace KnowledgeBase.Search.Indexing;

/// <summary>A snapshot of the index: state, progress of the current synchronisation, size.</summary>
public sealed record IndexStatus(IndexState State, int Done, int Total, int Documents, int Sections);
