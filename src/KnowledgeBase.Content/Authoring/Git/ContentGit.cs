using KnowledgeBase.Content.Configuration;
using LibGit2Sharp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Content.Authoring.Git;

/// <summary>
/// The git repository the content folder is in, if any (LibGit2Sharp stays behind this type; its
/// native libgit2 ships in the package, so no git installation is needed). Commits only the paths
/// a change touched; a repository that cannot be written never fails the save itself, it is
/// reported instead.
/// </summary>
public sealed class ContentGit
{
    // libgit2 repositories are not thread-safe, and two saves must not race for the index lock.
    private readonly Lock _gate = new();
    private readonly KnowledgeBasePaths _paths;
    private readonly ContentGitOptions _options;
    private readonly ILogger<ContentGit> _logger;
    private readonly TimeProvider _time;

    public ContentGit(KnowledgeBasePaths paths, IOptions<ContentGitOptions> options, ILogger<ContentGit>? logger = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        _paths = paths;
        _options = options.Value;
        _logger = logger ?? NullLogger<ContentGit>.Instance;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>In-app changes are committed (the setting is on).</summary>
    public bool CommitsEnabled => _options.Commit;

    /// <summary>
    /// Stages <paramref name="relativePaths"/> (content-relative; a path that no longer exists is
    /// staged as removed) and commits them. Null when commits are off or the folder is not in a repository.
    /// </summary>
    public GitCommitOutcome? Commit(IReadOnlyCollection<string> relativePaths, GitAuthor author, string message)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        ArgumentNullException.ThrowIfNull(author);
        ArgumentNullException.ThrowIfNull(message);
        if (!_options.Commit)
        {
            return null;
        }

        lock (_gate)
        {
            try
            {
                using var repository = Open();
                if (repository is null)
                {
                    return new GitCommitOutcome(null, "the content folder is not in a git repository");
                }

                var paths = relativePaths.Select(p => RepositoryPath(repository, p)).Distinct(StringComparer.Ordinal).ToList();
                Commands.Stage(repository, paths);
                var now = _time.GetLocalNow();
                var email = string.IsNullOrWhiteSpace(author.Email) ? $"{author.UserName}@{_options.FallbackEmailDomain}" : author.Email;
                var commit = repository.Commit(message, new Signature(author.Name, email, now), new Signature(_options.CommitterName, _options.CommitterEmail, now));
                return new GitCommitOutcome(commit.Sha, null);
            }
            catch (EmptyCommitException)
            {
                // The change left the tree as it was (e.g. a revision restored over the same text).
                return new GitCommitOutcome(null, "nothing to commit");
            }
            catch (LibGit2SharpException ex)
            {
                _logger.LogWarning(ex, "Could not commit {Paths} to the content repository", string.Join(", ", relativePaths));
                return new GitCommitOutcome(null, ex.Message);
            }
        }
    }

    /// <summary>
    /// Whether the file differs from the last commit (modified, new or deleted); null when the content
    /// folder is not in a git work tree.
    /// </summary>
    public bool? HasUncommittedChanges(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        lock (_gate)
        {
            try
            {
                using var repository = Open();
                if (repository is null)
                {
                    return null;
                }

                var status = repository.RetrieveStatus(RepositoryPath(repository, relativePath));
                return status is not (FileStatus.Unaltered or FileStatus.Ignored or FileStatus.Nonexistent);
            }
            catch (LibGit2SharpException ex)
            {
                _logger.LogWarning(ex, "Could not read the git status of {Path}", relativePath);
                return null;
            }
        }
    }

    private Repository? Open()
    {
        var found = Repository.Discover(_paths.ContentRoot);
        if (found is null)
        {
            return null;
        }

        var repository = new Repository(found);
        if (repository.Info.IsBare)
        {
            repository.Dispose();
            return null;
        }

        return repository;
    }

    /// <summary>The content folder may be a subfolder of the work tree (content/ in this repository).</summary>
    private string RepositoryPath(Repository repository, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_paths.ContentRoot, relativePath));
        return Path.GetRelativePath(repository.Info.WorkingDirectory, full).Replace('\\', '/');
    }
}
