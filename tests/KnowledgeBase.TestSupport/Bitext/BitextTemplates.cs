using System.Text;
using System.Text.Json;

namespace KnowledgeBase.TestSupport.Bitext;

/// <summary>
/// A content folder of reply templates built from Bitext, the way a team lead would: one template
/// per intent (27), its body the intent's answer, its <c>examples</c> a handful of real customer
/// messages from the <c>train</c> split, spread evenly over the intent's messages (the split lists
/// similar wordings together, so the first N would all say the same thing).
/// </summary>
public static class BitextTemplates
{
    public static TempContentFolder Write(int examplesPerTemplate)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(examplesPerTemplate, 1);
        var responses = BitextDataset.Responses();
        var folder = new TempContentFolder();
        foreach (var intent in BitextDataset.Utterances(BitextSplit.Train).GroupBy(u => u.Intent))
        {
            var messages = intent.ToList();
            var examples = ExamplesOf([.. messages.Select(m => m.Text)], examplesPerTemplate);
            folder.Write($"templates/en/bitext/{IdOf(intent.Key)}.md", Template(intent.Key, messages[0].Category, examples, responses[intent.Key]));
        }

        return folder;
    }

    /// <summary><paramref name="count"/> of an intent's train messages, spread evenly over them.</summary>
    public static IReadOnlyList<string> ExamplesOf(IReadOnlyList<string> messages, int count)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var take = Math.Min(count, messages.Count);
        return [.. Enumerable.Range(0, take).Select(i => messages[i * messages.Count / take])];
    }

    /// <summary>The template id an intent's template gets.</summary>
    public static string TemplateId(string intent) => $"templates/en/bitext/{IdOf(intent)}";

    private static string IdOf(string intent) => intent.Replace('_', '-');

    private static string Template(string intent, string category, IEnumerable<string> examples, string response)
    {
        if (response.Contains("{{", StringComparison.Ordinal) || response.Contains("{%", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The answer for {intent} holds Liquid markup; escape it before using it as a template body.");
        }

        var title = char.ToUpperInvariant(intent[0]) + intent[1..].Replace('_', ' ');
        var text = new StringBuilder()
            .Append("---\n")
            .Append("title: ").Append(JsonSerializer.Serialize(title)).Append('\n')
            .Append("tags: [").Append(category.ToLowerInvariant().Replace('_', '-')).Append("]\n")
            .Append("examples:\n");
        foreach (var example in examples)
        {
            // JSON strings are valid YAML double-quoted scalars: quotes, colons and '#' stay text.
            text.Append("  - ").Append(JsonSerializer.Serialize(example)).Append('\n');
        }

        return text.Append("---\n\n").Append(response.Trim()).Append('\n').ToString();
    }
}
