namespace KnowledgeBase.Import.Writing;

/// <summary>The import cannot start as asked: an unknown language, or a folder outside the templates.</summary>
public sealed class ImportRequestException(string message) : Exception(message);
