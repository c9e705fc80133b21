using KnowledgeBase.Content.Phrasebook;
using KnowledgeBase.Search.Phrasebook;
using ContentPhrasebook = KnowledgeBase.Content.Phrasebook.Phrasebook;

namespace KnowledgeBase.Search.Tests.Phrasebook;

/// <summary>Small in-memory phrasebooks, written the way content authors write them.</summary>
internal static class TestPhrasebooks
{
    /// <summary>A linter over one language's phrasebook; each phrase is "avoid" or "avoid => prefer, prefer".</summary>
    public static PhrasebookLinter Linter(string language, params string[] phrases) =>
        new(new Dictionary<string, ContentPhrasebook> { [language] = Book(language, phrases) });

    public static ContentPhrasebook Book(string language, params string[] phrases) =>
        new(language, $"phrasebook/{language}.yml", phrases.Select((phrase, i) => Entry(phrase, i + 1)).ToList());

    private static PhrasebookEntry Entry(string phrase, int line)
    {
        var parts = phrase.Split("=>", 2, StringSplitOptions.TrimEntries);
        var prefer = parts.Length == 2 ? parts[1].Split(',', StringSplitOptions.TrimEntries) : [];
        return new PhrasebookEntry(parts[0], prefer, $"note for {parts[0]}", line);
    }
}
