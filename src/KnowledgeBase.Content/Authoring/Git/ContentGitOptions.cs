namespace KnowledgeBase.Content.Authoring.Git;

/// <summary>Committing in-app changes to the content folder's git repository, bound from <c>KnowledgeBase:Authoring:Git</c>.</summary>
public sealed class ContentGitOptions
{
    public const string SectionName = "KnowledgeBase:Authoring:Git";

    /// <summary>
    /// Commit every save, move, delete and restore made in the app, with the lead as author and the
    /// note as message. Off by default: then the editor only says when a file has uncommitted changes.
    /// </summary>
    public bool Commit { get; set; }

    /// <summary>The committer (the app); the author is the lead.</summary>
    public string CommitterName { get; set; } = "KnowledgeBase";

    public string CommitterEmail { get; set; } = "knowledgebase@localhost";

    /// <summary>Leads without an e-mail address in their account are written as <c>user-name@</c> this domain.</summary>
    public string FallbackEmailDomain { get; set; } = "users.knowledgebase.invalid";
}
