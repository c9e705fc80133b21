using System.Collections.Concurrent;
using KnowledgeBase.Content.Limits;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Onboarding;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Loading;

/// <summary>
/// Reads a content folder. Each file is read and parsed on its own, so one unreadable, malformed,
/// oversized or hostile file becomes a finding and never stops the others. Files are read within
/// the parser's <see cref="ContentLimitsOptions"/>, and never through a symbolic link (see <see cref="ContentTree"/>).
/// </summary>
public sealed class ContentLoader(DocumentParser parser)
{
    private ContentLimitsOptions Limits => parser.Limits;

    /// <summary>Loads every document, phrasebook, synonym, learning-path and check file under <paramref name="root"/>.</summary>
    /// <param name="progress">Receives the number of files read so far, and the total.</param>
    public ContentSet Load(string root, IProgress<(int Done, int Total)>? progress = null)
    {
        root = Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"content folder not found: {root}");
        }

        var conventional = ContentLayout.IsConventional(root);
        var tree = ContentTree.List(root);
        var files = tree.Files.Where(IsMarkdown).ToList();
        var documents = new ConcurrentBag<ContentDocument>();
        var findings = new ConcurrentBag<Finding>(tree.Links.Select(link => link.ToFinding()));
        var done = 0;

        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, relativePath =>
        {
            var result = LoadFile(root, relativePath, conventional);
            if (result.Document is not null)
            {
                documents.Add(result.Document);
            }

            foreach (var finding in result.Findings)
            {
                findings.Add(finding);
            }

            progress?.Report((Interlocked.Increment(ref done), files.Count));
        });

        var phrasebooks = LoadPhrasebooks(root, tree, findings);
        var synonyms = LoadSynonyms(root, tree, findings);
        var onboarding = LoadOnboarding(root, tree, findings);
        return new ContentSet(root, documents, findings, phrasebooks, synonyms, onboarding);
    }

    /// <summary>Reads only the phrasebook and synonym files (and reports links in their folders).</summary>
    public LanguageFiles LoadLanguageFiles(string root)
    {
        var phrasebookTree = ContentTree.List(root, ContentLayout.PhrasebookFolder);
        var synonymTree = ContentTree.List(root, ContentLayout.SynonymsFolder);
        var findings = new ConcurrentBag<Finding>(phrasebookTree.Links.Concat(synonymTree.Links).Select(link => link.ToFinding()));
        var phrasebooks = LoadPhrasebooks(root, phrasebookTree, findings);
        var synonyms = LoadSynonyms(root, synonymTree, findings);
        return new LanguageFiles(phrasebooks, synonyms, [.. findings]);
    }

    /// <summary>
    /// Reads every learning path (<c>paths/*.yml</c>) and knowledge-check file (<c>*.checks.yml</c>);
    /// links among them, and a linked <c>paths</c> folder, are findings.
    /// </summary>
    public OnboardingContent LoadOnboarding(string root, out IReadOnlyList<Finding> findings)
    {
        var tree = ContentTree.List(root);
        var found = new ConcurrentBag<Finding>(tree.Links
            .Where(link => ContentLayout.IsOnboardingFile(link.RelativePath) || link.RelativePath == ContentLayout.PathsFolder)
            .Select(link => link.ToFinding()));
        var onboarding = LoadOnboarding(root, tree, found);
        findings = [.. found];
        return onboarding;
    }

    /// <summary>Reads and parses one Markdown file, given its path relative to the content root.</summary>
    public ParseResult LoadFile(string root, string relativePath, bool? conventional = null)
    {
        relativePath = relativePath.Replace('\\', '/');
        var location = ContentLayout.Locate(relativePath, conventional ?? ContentLayout.IsConventional(root), out var misplaced);
        if (location is null)
        {
            return new ParseResult(null, misplaced is null ? [] : [misplaced]);
        }

        var read = ContentFileReader.Read(root, relativePath, Limits.MaxFileBytes, YamlLimits.Setting(nameof(ContentLimitsOptions.MaxFileBytes)));
        if (read.Text is null)
        {
            return new ParseResult(null, read.Findings);
        }

        ParseResult parsed;
        try
        {
            parsed = parser.Parse(location, read.Text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The parser reports content problems as findings; reaching this is a bug, but it must still only cost this file.
            parsed = new ParseResult(null, [Finding.Error(relativePath, 1, "internal", $"could not read this file: {ex.Message}")]);
        }

        return read.Findings.Count == 0 ? parsed : parsed with { Findings = [.. read.Findings, .. parsed.Findings] };
    }

    /// <summary>Markdown files under the root, relative, forward slashes; hidden folders and symbolic links skipped.</summary>
    public static IEnumerable<string> EnumerateMarkdown(string root) => ContentTree.List(root).Files.Where(IsMarkdown);

    private static bool IsMarkdown(string relativePath) => relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private OnboardingContent LoadOnboarding(string root, ContentTreeListing tree, ConcurrentBag<Finding> findings)
    {
        var paths = new List<LearningPath>();
        var checks = new List<KnowledgeCheck>();
        foreach (var relativePath in tree.Files.Where(ContentLayout.IsOnboardingFile))
        {
            var read = ReadYamlFile(root, relativePath);
            read.Findings.ForEach(findings.Add);
            if (read.Text is null)
            {
                continue;
            }

            var fileFindings = new List<Finding>();
            if (relativePath.EndsWith(OnboardingParser.ChecksExtension, StringComparison.OrdinalIgnoreCase))
            {
                checks.AddRange(OnboardingParser.ParseChecks(relativePath, read.Text, fileFindings, Limits));
            }
            else if (OnboardingParser.ParsePath(relativePath, read.Text, fileFindings, Limits) is { } path)
            {
                paths.Add(path);
            }

            fileFindings.ForEach(findings.Add);
        }

        return new OnboardingContent(paths, checks);
    }

    private Dictionary<string, Phrasebook.Phrasebook> LoadPhrasebooks(string root, ContentTreeListing tree, ConcurrentBag<Finding> findings)
    {
        var books = new Dictionary<string, Phrasebook.Phrasebook>(StringComparer.Ordinal);
        foreach (var (language, relativePath, text) in ReadLanguageFiles(root, tree, ContentLayout.PhrasebookFolder, [".yml", ".yaml"], findings))
        {
            var fileFindings = new List<Finding>();
            books[language] = Phrasebook.PhrasebookParser.Parse(language, relativePath, text, fileFindings, Limits);
            fileFindings.ForEach(findings.Add);
        }

        return books;
    }

    private Dictionary<string, string> LoadSynonyms(string root, ContentTreeListing tree, ConcurrentBag<Finding> findings) =>
        ReadLanguageFiles(root, tree, ContentLayout.SynonymsFolder, [".txt"], findings)
            .ToDictionary(f => f.Language, f => f.Text, StringComparer.Ordinal);

    /// <summary>The files directly in <paramref name="folder"/> (one per language) with the given extensions.</summary>
    private IEnumerable<(string Language, string RelativePath, string Text)> ReadLanguageFiles(
        string root, ContentTreeListing tree, string folder, string[] extensions, ConcurrentBag<Finding> findings)
    {
        var inFolder = tree.Files.Where(path => path.StartsWith(folder + "/", StringComparison.Ordinal)
            && path.IndexOf('/', folder.Length + 1) < 0
            && extensions.Any(extension => path.EndsWith(extension, StringComparison.Ordinal)));
        foreach (var relativePath in inFolder)
        {
            var language = Path.GetFileNameWithoutExtension(relativePath);
            if (!Languages.IsSupported(language))
            {
                findings.Add(Finding.Error(relativePath, 1, "language-folder",
                    $"'{language}' is not a language code; name the file after one, e.g. {folder}/en{Path.GetExtension(relativePath)}"));
                continue;
            }

            var read = folder == ContentLayout.PhrasebookFolder
                ? ReadYamlFile(root, relativePath)
                : ContentFileReader.Read(root, relativePath, Limits.MaxFileBytes, YamlLimits.Setting(nameof(ContentLimitsOptions.MaxFileBytes)));
            read.Findings.ForEach(findings.Add);
            if (read.Text is not null)
            {
                yield return (language, relativePath, read.Text);
            }
        }
    }

    private (string? Text, List<Finding> Findings) ReadYamlFile(string root, string relativePath) =>
        ContentFileReader.Read(root, relativePath, Limits.MaxYamlFileBytes, YamlLimits.Setting(nameof(ContentLimitsOptions.MaxYamlFileBytes)));
}
