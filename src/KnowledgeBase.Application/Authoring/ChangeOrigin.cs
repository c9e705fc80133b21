namespace KnowledgeBase.Application.Authoring;

/// <summary>Who made the text a file has now, and when: a lead in the app, or someone outside it (git, an editor).</summary>
/// <param name="Who">The lead's name; null when the text was not saved in the app.</param>
/// <param name="When">The revision's time, or the file's last write time when changed outside the app.</param>
public sealed record ChangeOrigin(string? Who, DateTimeOffset When, bool InApp);
