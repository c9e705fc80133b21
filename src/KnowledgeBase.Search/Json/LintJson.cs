using KnowledgeBase.Search.Phrasebook;

namespace KnowledgeBase.Search.Json;

/// <summary>The avoided phrases in a reply, as <c>kb lint --json</c> prints them and <c>POST /api/v1/lint</c> returns them.</summary>
public sealed record LintJson(IReadOnlyList<PhraseFindingJson> Findings)
{
    public static LintJson From(string text, IEnumerable<PhraseFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        return new LintJson([.. findings.Select(f => PhraseFindingJson.From(text, f))]);
    }
}
