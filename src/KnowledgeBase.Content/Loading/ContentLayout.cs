using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Loading;

/// <summary>
/// The content folder contract: <c>articles/&lt;lang&gt;/**.md</c> and <c>templates/&lt;lang&gt;/**.md</c>.
/// A folder with neither <c>articles/</c> nor <c>templates/</c> (an imported handbook, say) is read
/// leniently: every Markdown file is an article in the language named by a path segment, else English.
/// </summary>
public static class ContentLayout
{
    public const string ArticlesFolder = "articles";
    public const string TemplatesFolder = "templates";
    public const string SynonymsFolder = "synonyms";
    public const string PhrasebookFolder = "phrasebook";
    public const string PathsFolder = "paths";

    /// <summary>True for the learning-path and knowledge-check files (not search documents).</summary>
    public static bool IsOnboardingFile(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return (path.StartsWith(PathsFolder + "/", StringComparison.Ordinal) && (path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)))
            || path.EndsWith(Onboarding.OnboardingParser.ChecksExtension, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the folder follows the contract rather than being read leniently.</summary>
    public static bool IsConventional(string root) =>
        Directory.Exists(Path.Combine(root, ArticlesFolder)) || Directory.Exists(Path.Combine(root, TemplatesFolder));

    /// <summary>The id for a path relative to the content root: forward slashes, no <c>.md</c>.</summary>
    public static string IdFromPath(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
    }

    /// <summary>
    /// Locates a Markdown file. Returns null with no finding for files that are not content
    /// (e.g. a README at the root), or null with a finding for content in the wrong place.
    /// </summary>
    public static DocumentLocation? Locate(string relativePath, bool conventional, out Finding? finding)
    {
        finding = null;
        var path = relativePath.Replace('\\', '/');
        var segments = path.Split('/');
        var id = IdFromPath(path);

        if (!conventional)
        {
            // README.md, ATTRIBUTION.md, LICENSE.md at the top describe the folder; they are not content.
            if (segments.Length == 1 && Path.GetFileNameWithoutExtension(path).All(c => !char.IsLower(c)))
            {
                return null;
            }

            var language = segments[..^1].Select(Languages.FromFolderName).FirstOrDefault(l => l is not null) ?? Languages.Default;
            return new DocumentLocation(id, path, DocumentKind.Article, language);
        }

        var kind = segments[0] switch
        {
            ArticlesFolder => DocumentKind.Article,
            TemplatesFolder => DocumentKind.Template,
            _ => (DocumentKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        if (segments.Length < 3)
        {
            finding = Finding.Error(path, 1, "language-folder",
                $"{segments[0]} must be inside a language folder, e.g. {segments[0]}/en/{segments[^1]}");
            return null;
        }

        var folder = segments[1];
        if (!Languages.IsSupported(folder))
        {
            finding = Finding.Error(path, 1, "language-folder",
                $"unknown language folder '{folder}'; use an ISO 639-1 code such as {string.Join(", ", Languages.Primary)}");
            return null;
        }

        return new DocumentLocation(id, path, kind.Value, folder);
    }
}
