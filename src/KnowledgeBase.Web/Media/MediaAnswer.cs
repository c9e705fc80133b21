namespace KnowledgeBase.Web.Media;

/// <summary>What <c>POST /media</c> answers: always a message for the lead; on success the Markdown to insert and where the file is.</summary>
public sealed record MediaAnswer(string Message, string? Markdown = null, string? Url = null, string? Path = null, bool AlreadyStored = false);
