namespace KnowledgeBase.Content.Authoring;

/// <summary>A document moved out of the content folder into the trash.</summary>
/// <param name="TrashPath">Where the file now is, relative to the trash folder, forward slashes.</param>
public sealed record TrashedFile(string RelativePath, string TrashPath, string Text, string Hash);
