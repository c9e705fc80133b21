using System.Text.RegularExpressions;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.Templates.Liquid;

namespace KnowledgeBase.Templates.Validation;

/// <summary>
/// Each template parses as Liquid and uses only filters the engine (Fluid) knows; every placeholder it uses is
/// declared under <c>fields</c> or is a standard field; every declared field is used; every declared
/// channel has some text.
/// </summary>
/// <remarks>
/// A <c>##</c> heading that looks like a channel but is not listed in <c>channels</c> is reported by
/// the document parser, which is where headings become variants; it is not repeated here.
/// </remarks>
public sealed partial class TemplatePlaceholdersRule : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Templates.SelectMany(Check);
    }

    private static IEnumerable<Finding> Check(ReplyTemplate template)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in template.Variants)
        {
            var analysis = LiquidTemplateAnalyzer.Analyze(variant.Body);
            if (!analysis.IsValid)
            {
                yield return Finding.Error(template.RelativePath, variant.Line + (analysis.ErrorLine ?? 1) - 1, "liquid", $"template text is not valid Liquid: {analysis.Error}");
                continue;
            }

            foreach (var filter in analysis.Filters.Where(f => !LiquidFilters.IsKnown(f)))
            {
                yield return Finding.Error(template.RelativePath, LineOfFilter(variant, filter), "filter",
                    $"unknown Liquid filter '{filter}': it would be skipped and the value printed unfiltered");
            }

            foreach (var placeholder in analysis.Placeholders)
            {
                var fields = template.Fields.Where(f => StandardFields.Covers(f.Name, placeholder.Path)).ToList();
                fields.ForEach(f => used.Add(f.Name));
                if (fields.Count == 0 && !StandardFields.IsStandard(placeholder.Path) && reported.Add(placeholder.Path))
                {
                    yield return Finding.Error(template.RelativePath, LineOf(variant, placeholder.Path), "placeholder",
                        $"placeholder '{placeholder.Path}' is not declared under 'fields' and is not a standard field ({string.Join(", ", StandardFields.All)})");
                }
            }
        }

        foreach (var field in template.Fields.Where(f => !used.Contains(f.Name) && !StandardFields.IsStandard(f.Name)))
        {
            yield return Finding.Warning(template.RelativePath, field.Line, "unused-field", $"field '{field.Name}' is declared but the template never uses it");
        }

        var fallback = template.Variants.First(v => v.Channel is null);
        if (fallback.Body.Trim().Length == 0)
        {
            var missing = template.Channels.Where(c => !template.Variants.Any(v => v.Channel == c)).ToList();
            if (missing.Count > 0 || template.Channels.Count == 0)
            {
                yield return Finding.Warning(template.RelativePath, template.BodyLine, "empty-template",
                    missing.Count > 0
                        ? $"no text for channel(s) {string.Join(", ", missing)}: write text before the first channel heading or add '## {missing[0]}'"
                        : "the template has no text");
            }
        }
    }

    private static int LineOf(TemplateVariant variant, string path) => LineAt(variant, variant.Body.IndexOf(path, StringComparison.Ordinal));

    private static int LineOfFilter(TemplateVariant variant, string filter)
    {
        var match = FilterUse().Matches(variant.Body).FirstOrDefault(m => m.Groups[1].Value == filter);
        return LineAt(variant, match?.Index ?? -1);
    }

    private static int LineAt(TemplateVariant variant, int index) =>
        index < 0 ? variant.Line : variant.Line + variant.Body.AsSpan(0, index).Count('\n');

    [GeneratedRegex(@"\|\s*([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex FilterUse();
}
