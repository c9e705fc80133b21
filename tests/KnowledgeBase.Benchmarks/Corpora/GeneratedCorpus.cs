using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Markdown;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Benchmarks.Corpora;

/// <summary>
/// A large corpus of realistic articles: sentences and headings sampled (with a fixed seed) from
/// the GitLab handbook (English) and the Office support articles (Czech, Latvian, French, Russian),
/// assembled into SOP-shaped Markdown files of 4–8 sections and roughly 400–900 words each.
/// </summary>
public static partial class GeneratedCorpus
{
    public static string Ensure(string workDirectory, int articles)
    {
        var root = Path.Combine(workDirectory, $"generated-{articles}");
        var marker = Path.Combine(root, ".complete");
        if (File.Exists(marker))
        {
            return root;
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        var loader = new ContentLoader(new DocumentParser(new MarkdownRenderer()));
        var english = Harvest(loader.Load(RepositoryPaths.GitLabHandbook));
        var other = Harvest(loader.Load(RepositoryPaths.OfficeSupport));
        var random = new Random(20261123);
        for (var i = 0; i < articles; i++)
        {
            var pool = i % 5 == 4 ? other : english;
            var language = pool == english ? "en" : pool.Languages[random.Next(pool.Languages.Count)];
            var path = Path.Combine(root, "articles", language, $"topic-{i % 50:00}", $"article-{i:00000}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Article(pool, language, random, i), Encoding.UTF8);
        }

        File.WriteAllText(marker, DateTime.UtcNow.ToString("O"));
        return root;
    }

    private static string Article(Pool pool, string language, Random random, int number)
    {
        var text = new StringBuilder();
        var title = Pick(pool.Headings[language], random);
        text.Append("---\ntitle: \"").Append(title.Replace("\"", "'", StringComparison.Ordinal)).Append(" ").Append(number).Append("\"\n");
        text.Append("tags: [generated, topic-").Append(number % 50).Append("]\n---\n\n");
        text.Append(Paragraph(pool.Sentences[language], random, 2, 4)).Append("\n\n");
        var sections = random.Next(4, 9);
        for (var s = 0; s < sections; s++)
        {
            text.Append("## ").Append(Pick(pool.Headings[language], random)).Append("\n\n");
            text.Append(Paragraph(pool.Sentences[language], random, 3, 7)).Append("\n\n");
        }

        return text.ToString();
    }

    private static string Paragraph(List<string> sentences, Random random, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Pick(sentences, random)));

    private static string Pick(List<string> items, Random random) => items[random.Next(items.Count)];

    private static Pool Harvest(ContentSet content)
    {
        var sentences = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var headings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var document in content.Documents)
        {
            var language = document.Language;
            if (!sentences.ContainsKey(language))
            {
                sentences[language] = [];
                headings[language] = [];
            }

            headings[language].Add(Clean(document.Title));
            foreach (var section in document.Sections)
            {
                if (!section.IsIntroduction && section.Heading.Length is > 3 and < 60)
                {
                    headings[language].Add(Clean(section.Heading));
                }

                sentences[language].AddRange(SentenceEnd().Split(section.Text).Select(Clean).Where(s => s.Length is > 30 and < 300));
            }
        }

        return new Pool(sentences, headings, [.. sentences.Keys.Where(k => k != "en")]);
    }

    private static string Clean(string text) => Whitespace().Replace(text.Replace("#", string.Empty, StringComparison.Ordinal), " ").Trim();

    private sealed record Pool(Dictionary<string, List<string>> Sentences, Dictionary<string, List<string>> Headings, List<string> Languages);

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
