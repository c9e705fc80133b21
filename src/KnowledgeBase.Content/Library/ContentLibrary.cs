using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Limits;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Library;

/// <summary>
/// The current state of the content folder, kept in memory and updated file by file as files
/// change. Readers take <see cref="Current"/>, an immutable snapshot; updates swap it atomically.
/// In the app only the content pipeline updates it, one change at a time, and announces each change
/// once the index has it too (<see cref="IContentUpdates"/>). Thread-safe.
/// </summary>
public sealed class ContentLibrary(ContentLoader loader, KnowledgeBasePaths paths)
{
    private readonly Lock _gate = new();
    private volatile ContentSet _current = new(paths.ContentRoot, [], []);

    public ContentSet Current => _current;

    public string Root => paths.ContentRoot;

    /// <summary>Reads the whole folder and replaces the current snapshot.</summary>
    public ContentChange Load(IProgress<(int Done, int Total)>? progress = null)
    {
        var loaded = loader.Load(paths.ContentRoot, progress);
        ContentChange change;
        lock (_gate)
        {
            change = Diff(_current, loaded);
            _current = loaded;
        }

        return change;
    }

    /// <summary>
    /// Re-reads the given paths (relative to the content root; files or folders, existing or not).
    /// A folder stands for every file under it; <see cref="ContentWatcher.Everything"/> re-reads all.
    /// </summary>
    public ContentChange Apply(IReadOnlyCollection<string> relativePaths)
    {
        ArgumentNullException.ThrowIfNull(relativePaths);
        if (relativePaths.Any(p => Normalize(p) is "" or ContentWatcher.Everything))
        {
            return Load();
        }

        ContentChange change;
        lock (_gate)
        {
            var current = _current;
            relativePaths = ExpandFolders(relativePaths, current);
            var documents = current.Documents.ToDictionary(d => d.RelativePath, StringComparer.Ordinal);
            var findings = current.Findings.ToList();
            var upserted = new List<ContentDocument>();
            var removed = new List<string>();
            var conventional = ContentLayout.IsConventional(paths.ContentRoot);
            var synonymsChanged = false;
            var phrasebooksChanged = false;
            var onboardingChanged = false;

            foreach (var path in relativePaths.Select(Normalize).Distinct(StringComparer.Ordinal))
            {
                if (IsIn(path, ContentLayout.SynonymsFolder))
                {
                    synonymsChanged = true;
                    continue;
                }

                if (IsIn(path, ContentLayout.PhrasebookFolder))
                {
                    phrasebooksChanged = true;
                    continue;
                }

                if (ContentLayout.IsOnboardingFile(path) || path == ContentLayout.PathsFolder)
                {
                    onboardingChanged = true;
                    continue;
                }

                // Any other link (a linked folder, say) is a finding where it is, as the full load reports it.
                var link = ContentTree.LinkOnPath(paths.ContentRoot, path);
                if (!path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    findings.RemoveAll(f => f.Path == path && f.Code == LimitCodes.Symlink);
                    if (link is not null && link.RelativePath == path)
                    {
                        findings.Add(link.ToFinding());
                    }

                    continue;
                }

                findings.RemoveAll(f => f.Path == path);
                var result = link is not null && link.RelativePath != path
                    ? new ParseResult(null, []) // under a linked folder: gone from here, and the folder's link is the finding
                    : File.Exists(Path.Combine(paths.ContentRoot, path)) || link is not null
                        ? loader.LoadFile(paths.ContentRoot, path, conventional)
                        : new ParseResult(null, []);
                findings.AddRange(result.Findings);
                var previous = documents.GetValueOrDefault(path);
                if (result.Document is { } document)
                {
                    if (previous?.ContentHash != document.ContentHash)
                    {
                        documents[path] = document;
                        upserted.Add(document);
                    }
                }
                else if (previous is not null)
                {
                    documents.Remove(path);
                    removed.Add(previous.Id);
                }
            }

            var phrasebooks = current.Phrasebooks;
            var synonyms = current.Synonyms;
            if (synonymsChanged || phrasebooksChanged)
            {
                // Small files: re-read all of them rather than track each one.
                var reread = loader.LoadLanguageFiles(paths.ContentRoot);
                findings.RemoveAll(f => IsIn(f.Path, ContentLayout.SynonymsFolder) || IsIn(f.Path, ContentLayout.PhrasebookFolder));
                findings.AddRange(reread.Findings);
                phrasebooks = reread.Phrasebooks;
                synonyms = reread.Synonyms;
                synonymsChanged = !SameEntries(current.Synonyms, synonyms);
            }

            var onboarding = current.Onboarding;
            if (onboardingChanged)
            {
                // Few small files: re-read all of them, as with phrasebooks.
                onboarding = loader.LoadOnboarding(paths.ContentRoot, out var onboardingFindings);
                findings.RemoveAll(f => ContentLayout.IsOnboardingFile(f.Path) || f.Path == ContentLayout.PathsFolder);
                findings.AddRange(onboardingFindings);
            }

            change = new ContentChange(upserted, removed, synonymsChanged, phrasebooksChanged, onboardingChanged);
            if (!change.IsEmpty || findings.Count != current.Findings.Count)
            {
                _current = new ContentSet(paths.ContentRoot, documents.Values, findings, phrasebooks, synonyms, onboarding);
            }
        }

        return change;
    }

    /// <summary>
    /// A created, renamed or deleted folder is the files and links under it now, plus the known
    /// documents and links that were under it (a renamed-away folder's files are gone, so they are removed).
    /// </summary>
    private List<string> ExpandFolders(IReadOnlyCollection<string> relativePaths, ContentSet current)
    {
        var expanded = new List<string>();
        foreach (var path in relativePaths.Select(Normalize))
        {
            var full = Path.Combine(paths.ContentRoot, path);
            if (Directory.Exists(full))
            {
                // Never through a link: a linked folder lists only itself, and links inside are listed, not entered.
                var tree = ContentTree.List(paths.ContentRoot, path);
                expanded.AddRange(tree.Files);
                expanded.AddRange(tree.Links.Select(link => link.RelativePath));
            }

            if (!File.Exists(full))
            {
                expanded.AddRange(current.Documents.Where(d => d.RelativePath.StartsWith(path + "/", StringComparison.Ordinal)).Select(d => d.RelativePath));
                expanded.AddRange(current.Findings.Where(f => f.Code == LimitCodes.Symlink && f.Path.StartsWith(path + "/", StringComparison.Ordinal)).Select(f => f.Path));
            }

            expanded.Add(path);
        }

        return expanded;
    }

    private static string Normalize(string path) => path.Replace('\\', '/').Trim('/');

    /// <summary>The folder itself (renamed, deleted, replaced by a link) or anything in it.</summary>
    private static bool IsIn(string path, string folder) =>
        path == folder || path.StartsWith(folder + "/", StringComparison.Ordinal);

    private static ContentChange Diff(ContentSet before, ContentSet after)
    {
        var upserted = after.Documents.Where(d => before.Find(d.Id)?.ContentHash != d.ContentHash).ToList();
        var removed = before.Documents.Where(d => !after.Contains(d.Id)).Select(d => d.Id).ToList();
        return new ContentChange(upserted, removed, !SameEntries(before.Synonyms, after.Synonyms), !SameEntries(Describe(before), Describe(after)), Describe(before.Onboarding) != Describe(after.Onboarding));
    }

    private static Dictionary<string, string> Describe(ContentSet set) =>
        set.Phrasebooks.ToDictionary(
            pair => pair.Key,
            pair => string.Join('\n', pair.Value.Entries.Select(e => $"{e.Avoid}|{string.Join('|', e.Prefer)}|{e.Note}")),
            StringComparer.Ordinal);

    private static string Describe(Onboarding.OnboardingContent onboarding) => string.Join('\n',
        onboarding.Paths.Select(p => $"{p.Id}|{p.Title}|{p.Role}|{p.Language}|{p.Description}|{string.Join('|', p.Steps.Select(s => $"{s.Key}/{s.Section}/{s.Scenario}/{s.Title}"))}")
            .Concat(onboarding.Checks.Select(c => $"{c.Key}|{c.Question}|{c.Explanation}|{string.Join('|', c.Options.Select(o => $"{o.Text}/{o.IsCorrect}"))}")));

    private static bool SameEntries(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var other) && other == pair.Value);
}
