using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Storage.Onboarding;
using KnowledgeBase.Storage.Revisions;
using KnowledgeBase.Storage.Tokens;
using KnowledgeBase.Storage.Trash;

namespace KnowledgeBase.Storage.Export;

/// <summary>
/// Everything a database holds, with the ids it holds it under: what <c>kb db copy --to-postgres</c>
/// moves. <see cref="Counts"/> names each part by its PostgreSQL table, for the check after the copy.
/// </summary>
public sealed record DatabaseExport(
    IReadOnlyList<UserAccount> Users,
    IReadOnlyList<AccessToken> Tokens,
    IReadOnlyList<AuditEntry> Audit,
    IReadOnlyList<Revision> Revisions,
    IReadOnlyList<TrashEntry> Trash,
    IReadOnlyList<ActivityList> Activity,
    IReadOnlyList<PathAssignment> Assignments,
    IReadOnlyList<Acknowledgement> Acknowledgements,
    IReadOnlyList<StepCompletion> Completions,
    IReadOnlyList<CheckAttempt> Attempts,
    IReadOnlyList<MinorEdit> MinorEdits,
    IReadOnlyList<SearchEvent> Searches,
    IReadOnlyList<TemplateUseEvent> TemplateUses,
    IReadOnlyList<StoredVote> Votes)
{
    /// <summary>Rows per table, in the order the copy writes them.</summary>
    public IReadOnlyList<(string Table, int Rows)> Counts =>
    [
        ("users", Users.Count),
        ("access_tokens", Tokens.Count),
        ("audit_log", Audit.Count),
        ("revisions", Revisions.Count),
        ("trash", Trash.Count),
        ("activity", Activity.Sum(l => l.Entries.Count)),
        ("onboarding_assignments", Assignments.Count),
        ("onboarding_acknowledgements", Acknowledgements.Count),
        ("onboarding_completions", Completions.Count),
        ("onboarding_attempts", Attempts.Count),
        ("onboarding_minor_edits", MinorEdits.Count),
        ("insight_searches", Searches.Count),
        ("insight_template_uses", TemplateUses.Count),
        ("insight_votes", Votes.Count),
    ];
}
