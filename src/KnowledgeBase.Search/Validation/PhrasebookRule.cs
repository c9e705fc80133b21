using System.Text.RegularExpressions;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.Search.Phrasebook;

namespace KnowledgeBase.Search.Validation;

/// <summary>
/// Reply templates should not use the phrases their language's phrasebook says to avoid: each one
/// found in a variant's text is a warning on its line. Liquid markup is not reply text and is skipped.
/// </summary>
public sealed partial class PhrasebookRule : IContentRule
{
    /// <summary>Stands in for Liquid markup: not a word and not whitespace, so no phrase forms across it.</summary>
    private const char Blank = '\uFFFC';

    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Phrasebooks.Count == 0)
        {
            return [];
        }

        using var linter = new PhrasebookLinter(content.Phrasebooks);
        var findings = new List<Finding>();
        foreach (var template in content.Templates.Where(t => linter.HasPhrasebook(t.Language)))
        {
            foreach (var variant in template.Variants)
            {
                foreach (var phrase in linter.Lint(WithoutLiquid(variant.Body), template.Language))
                {
                    var line = variant.Line + variant.Body.AsSpan(0, phrase.Start).Count('\n');
                    findings.Add(Finding.Warning(template.RelativePath, line, "phrasebook", Message(phrase)));
                }
            }
        }

        return findings;
    }

    /// <summary>The text with every <c>{{ … }}</c> and <c>{% … %}</c> blanked out, keeping offsets and line breaks.</summary>
    internal static string WithoutLiquid(string text) =>
        Liquid().Replace(text, match => string.Create(match.Length, match.Value, static (span, value) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = value[i] == '\n' ? '\n' : Blank;
            }
        }));

    private static string Message(PhraseFinding phrase)
    {
        var found = string.Equals(phrase.Found, phrase.Avoid, StringComparison.OrdinalIgnoreCase) ? null : $"found “{phrase.Found}”";
        var prefer = phrase.Prefer.Count == 0 ? null : $"prefer: {string.Join(", ", phrase.Prefer)}";
        var details = string.Join("; ", new[] { found, prefer }.OfType<string>());
        return details.Length == 0 ? $"avoid “{phrase.Avoid}”" : $"avoid “{phrase.Avoid}” ({details})";
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex Liquid();
}
