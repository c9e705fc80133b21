using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Validation;

namespace KnowledgeBase.Content.Loading;

/// <summary>
/// Everything read from one content folder at one moment: the documents that loaded, the
/// findings of those that did not (or loaded with problems), phrasebooks and synonym files.
/// Immutable; a changed folder gives a new set.
/// </summary>
public sealed class ContentSet
{
    private readonly Dictionary<string, ContentDocument> _byId;

    public ContentSet(
        string root,
        IEnumerable<ContentDocument> documents,
        IEnumerable<Finding> findings,
        IReadOnlyDictionary<string, Phrasebook.Phrasebook>? phrasebooks = null,
        IReadOnlyDictionary<string, string>? synonyms = null,
        Onboarding.OnboardingContent? onboarding = null)
    {
        Root = root;
        Documents = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        _byId = Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        Findings = findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ToList();
        Phrasebooks = phrasebooks ?? new Dictionary<string, Phrasebook.Phrasebook>();
        Synonyms = synonyms ?? new Dictionary<string, string>();
        Onboarding = onboarding ?? KnowledgeBase.Content.Onboarding.OnboardingContent.Empty;
    }

    /// <summary>Full path of the content folder.</summary>
    public string Root { get; }

    /// <summary>Loaded documents, ordered by id.</summary>
    public IReadOnlyList<ContentDocument> Documents { get; }

    /// <summary>Problems found while reading files (validation rules add more).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Phrasebooks by language code.</summary>
    public IReadOnlyDictionary<string, Phrasebook.Phrasebook> Phrasebooks { get; }

    /// <summary>Raw synonym files (Solr format) by language code.</summary>
    public IReadOnlyDictionary<string, string> Synonyms { get; }

    /// <summary>Learning paths and knowledge checks (not search documents).</summary>
    public KnowledgeBase.Content.Onboarding.OnboardingContent Onboarding { get; }

    public IEnumerable<Article> Articles => Documents.OfType<Article>();

    public IEnumerable<ReplyTemplate> Templates => Documents.OfType<ReplyTemplate>();

    public ContentDocument? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>
    /// This set as it would be with one file's new text read: the document at
    /// <paramref name="relativePath"/> replaced by <paramref name="document"/> (removed when null)
    /// and that file's reading findings replaced; everything else, onboarding included, kept.
    /// </summary>
    public ContentSet WithFile(string relativePath, ContentDocument? document, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(findings);
        var documents = Documents.Where(d => d.RelativePath != relativePath);
        return new ContentSet(
            Root,
            document is null ? documents : documents.Append(document),
            Findings.Where(f => f.Path != relativePath).Concat(findings),
            Phrasebooks,
            Synonyms,
            Onboarding);
    }

    public bool Contains(string id) => _byId.ContainsKey(id);

    /// <summary>The other language versions of a template (same <c>translation_key</c>).</summary>
    public IEnumerable<ReplyTemplate> TranslationsOf(ReplyTemplate template) =>
        template.TranslationKey is null
            ? []
            : Templates.Where(t => t.Id != template.Id && string.Equals(t.TranslationKey, template.TranslationKey, StringComparison.OrdinalIgnoreCase));

    /// <summary>The other language versions of an article (same <c>translation_key</c>).</summary>
    public IEnumerable<Article> TranslationsOf(Article article) =>
        article.TranslationKey is null
            ? []
            : Articles.Where(a => a.Id != article.Id && string.Equals(a.TranslationKey, article.TranslationKey, StringComparison.OrdinalIgnoreCase));
}
