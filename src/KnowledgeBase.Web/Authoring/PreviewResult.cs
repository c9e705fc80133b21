using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Web.Authoring;

/// <summary>The edited text as the app would read it: the parsed document (null when it cannot be read) and kb validate's findings for it.</summary>
public sealed record PreviewResult(ContentDocument? Document, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == FindingSeverity.Error);
}
