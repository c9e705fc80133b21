using System.Collections.Concurrent;
using System.Text;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Onboarding;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Loading;

/// <summary>
/// Reads a content folder. Each file is read and parsed on its own, so one unreadable or
/// malformed file becomes a finding and never stops the others.
/// </summary>
public sealed class ContentLoader(DocumentParser parser)
{
    /// <summary>Files larger than this are reported, not read: no SOP is 4 MB of text.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every document, phrasebook and synonym file under <paramref name="root"/>.</summary>
    /// <param name="progress">Receives the number of files read so far, and the total.</param>
    public ContentSet Load(string root, IProgress<(int Done, int Total)>? progress = null)
    {
        root = Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"content folder not found: {root}");
        }

        var conventional = ContentLayout.IsConventional(root);
        var files = EnumerateMarkdown(root).ToList();
        var documents = new ConcurrentBag<ContentDocument>();
        var findings = new ConcurrentBag<Finding>();
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

        var phrasebooks = LoadPhrasebooks(root, findings);
        var synonyms = LoadSynonyms(root, findings);
        var onboarding = LoadOnboarding(root, out var onboardingFindings);
        return new ContentSet(root, documents, findings.Concat(onboardingFindings), phrasebooks, synonyms, onboarding);
    }

    /// <summary>Reads only the phrasebook and synonym files.</summary>
    public LanguageFiles LoadLanguageFiles(string root)
    {
        var findings = new ConcurrentBag<Finding>();
        var phrasebooks = LoadPhrasebooks(root, findings);
        var synonyms = LoadSynonyms(root, findings);
        return new LanguageFiles(phrasebooks, synonyms, [.. findings]);
    }

    /// <summary>Reads every learning path (<c>paths/*.yml</c>) and knowledge-check file (<c>*.checks.yml</c>).</summary>
    public static OnboardingContent LoadOnboarding(string root, out IReadOnlyList<Finding> findings)
    {
        var found = new List<Finding>();
        var paths = new List<LearningPath>();
        var checks = new List<KnowledgeCheck>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        var files = Directory.EnumerateFiles(root, "*.y*ml", options)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(ContentLayout.IsOnboardingFile)
            .Order(StringComparer.Ordinal);
        foreach (var relativePath in files)
        {
            var read = ReadText(Path.Combine(root, relativePath), relativePath);
            found.AddRange(read.Findings);
            if (read.Text is null)
            {
                continue;
            }

            if (relativePath.EndsWith(OnboardingParser.ChecksExtension, StringComparison.OrdinalIgnoreCase))
            {
                checks.AddRange(OnboardingParser.ParseChecks(relativePath, read.Text, found));
            }
            else if (OnboardingParser.ParsePath(relativePath, read.Text, found) is { } path)
            {
                paths.Add(path);
            }
        }

        findings = found;
        return new OnboardingContent(paths, checks);
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

        var read = ReadText(Path.Combine(root, relativePath), relativePath);
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

    /// <summary>Markdown files under the root, relative, forward slashes; hidden folders skipped.</summary>
    public static IEnumerable<string> EnumerateMarkdown(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        return Directory.EnumerateFiles(root, "*.md", options)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(segment => segment.StartsWith('.') || segment == "node_modules"))
            .Order(StringComparer.Ordinal);
    }

    private static (string? Text, List<Finding> Findings) ReadText(string fullPath, string relativePath)
    {
        var findings = new List<Finding>();
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxFileBytes)
            {
                findings.Add(Finding.Error(relativePath, 1, "file", $"file is {info.Length / 1024 / 1024} MB; content files must be under {MaxFileBytes / 1024 / 1024} MB"));
                return (null, findings);
            }

            var bytes = File.ReadAllBytes(fullPath);
            try
            {
                return (StrictUtf8.GetString(bytes), findings);
            }
            catch (DecoderFallbackException)
            {
                findings.Add(Finding.Warning(relativePath, 1, "encoding", "file is not valid UTF-8; unreadable characters were replaced"));
                return (Encoding.UTF8.GetString(bytes), findings);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            findings.Add(Finding.Error(relativePath, 1, "file", $"cannot read file: {ex.Message}"));
            return (null, findings);
        }
    }

    private static Dictionary<string, Phrasebook.Phrasebook> LoadPhrasebooks(string root, ConcurrentBag<Finding> findings)
    {
        var books = new Dictionary<string, Phrasebook.Phrasebook>(StringComparer.Ordinal);
        foreach (var (language, relativePath, text) in ReadLanguageFiles(root, ContentLayout.PhrasebookFolder, ["*.yml", "*.yaml"], findings))
        {
            var fileFindings = new List<Finding>();
            books[language] = Phrasebook.PhrasebookParser.Parse(language, relativePath, text, fileFindings);
            fileFindings.ForEach(findings.Add);
        }

        return books;
    }

    private static Dictionary<string, string> LoadSynonyms(string root, ConcurrentBag<Finding> findings) =>
        ReadLanguageFiles(root, ContentLayout.SynonymsFolder, ["*.txt"], findings)
            .ToDictionary(f => f.Language, f => f.Text, StringComparer.Ordinal);

    private static IEnumerable<(string Language, string RelativePath, string Text)> ReadLanguageFiles(
        string root, string folder, string[] patterns, ConcurrentBag<Finding> findings)
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        foreach (var path in patterns.SelectMany(p => Directory.EnumerateFiles(directory, p)).Order(StringComparer.Ordinal))
        {
            var relativePath = Path.GetRelativePath(root, path).Replace('\\', '/');
            var language = Path.GetFileNameWithoutExtension(path);
            if (!Languages.IsSupported(language))
            {
                findings.Add(Finding.Error(relativePath, 1, "language-folder",
                    $"'{language}' is not a language code; name the file after one, e.g. {folder}/en{Path.GetExtension(path)}"));
                continue;
            }

            var read = ReadText(path, relativePath);
            read.Findings.ForEach(findings.Add);
            if (read.Text is not null)
            {
                yield return (language, relativePath, read.Text);
            }
        }
    }
}
