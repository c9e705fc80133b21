using KnowledgeBase.Storage.Activity;

namespace KnowledgeBase.Storage.Export;

/// <summary>One of a user's activity lists (<see cref="ActivityLists"/>), newest first.</summary>
public sealed record ActivityList(int UserId, string List, IReadOnlyList<ActivityEntry> Entries);
