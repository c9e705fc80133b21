using System.Text.RegularExpressions;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Content.Validation.Rules;

/// <summary>
/// A template's greeting and sign-off markers (<see cref="ReplyPartMarkers"/>) are well-formed, in
/// order and used once per text; a text that opens with a greeting line or ends with the agent's
/// signature marks them, so a reply built from several templates does not greet or sign twice.
/// Warnings: an unmarked template still works alone.
/// </summary>
public sealed partial class ReplyPartsRule : IContentRule
{
    private const string Code = "reply-parts";

    /// <summary>The longest first line still read as a greeting ("Dobrý den, paní Nováková,").</summary>
    private const int GreetingLength = 60;

    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Templates.SelectMany(t => t.Variants.SelectMany(v => Check(t, v)));
    }

    private static IEnumerable<Finding> Check(ReplyTemplate template, TemplateVariant variant)
    {
        var where = variant.Channel is null ? "the text" : $"the '{variant.Channel}' text";
        var markers = ReplyPartMarkers.Find(variant.Body).ToList();
        foreach (var marker in markers.Where(m => !m.WellFormed))
        {
            var expected = marker.IsGreeting ? ReplyPartMarkers.GreetingAbove : ReplyPartMarkers.SignOffBelow;
            yield return Finding.Warning(template.RelativePath, LineOf(variant, marker.Offset), Code,
                $"malformed {(marker.IsGreeting ? "greeting" : "sign-off")} marker '{marker.Text}' in {where}: write '{expected}' alone on its line");
        }

        var greetings = markers.Where(m => m.WellFormed && m.IsGreeting).ToList();
        var signOffs = markers.Where(m => m.WellFormed && !m.IsGreeting).ToList();
        foreach (var extra in greetings.Skip(1).Concat(signOffs.Skip(1)))
        {
            yield return Finding.Warning(template.RelativePath, LineOf(variant, extra.Offset), Code, $"{where} marks its {(extra.IsGreeting ? "greeting" : "sign-off")} twice; only one is kept");
        }

        if (greetings.Count > 0 && signOffs.Count > 0 && signOffs[0].Offset < greetings[0].Offset)
        {
            yield return Finding.Warning(template.RelativePath, LineOf(variant, signOffs[0].Offset), Code, $"in {where} the sign-off marker comes before the greeting marker");
        }

        if (markers.Count > 0 && markers.Any(m => m.WellFormed) && Blocks().IsMatch(variant.Body))
        {
            // A marker inside {% if %} disappears when the condition is false: the part then merges with the body.
            foreach (var inside in markers.Where(m => m.WellFormed && IsInsideBlock(variant.Body, m.Offset)))
            {
                yield return Finding.Warning(template.RelativePath, LineOf(variant, inside.Offset), Code, $"a marker in {where} is inside a Liquid block; put it outside any {{% if %}} or {{% for %}}");
            }
        }

        var lines = variant.Body.ReplaceLineEndings("\n").Trim().Split('\n');
        if (greetings.Count == 0 && markers.All(m => !m.IsGreeting) && LooksLikeGreeting(lines))
        {
            yield return Finding.Warning(template.RelativePath, variant.Line, Code,
                $"{where} opens with a greeting ('{lines[0].Trim()}') but does not mark it: add '{ReplyPartMarkers.GreetingAbove}' on the line after it");
        }

        if (signOffs.Count == 0 && markers.All(m => m.IsGreeting) && EndsWithSignature(lines))
        {
            yield return Finding.Warning(template.RelativePath, variant.Line, Code,
                $"{where} ends with the agent's signature but does not mark its sign-off: add '{ReplyPartMarkers.SignOffBelow}' on the line before it");
        }
    }

    private static bool LooksLikeGreeting(string[] lines) =>
        lines.Length > 2 && lines[1].Trim().Length == 0 && lines[0].Trim() is { Length: > 0 and <= GreetingLength } first && (first.EndsWith(',') || first.EndsWith('!'));

    private static bool EndsWithSignature(string[] lines) =>
        lines.Length > 2 && lines[^1].Contains("agent.", StringComparison.Ordinal) && lines.Reverse().Skip(1).Any(l => l.Trim().Length == 0);

    private static bool IsInsideBlock(string body, int offset)
    {
        var depth = 0;
        foreach (Match tag in Blocks().Matches(body[..offset]))
        {
            depth += tag.Groups["end"].Success ? -1 : 1;
        }

        return depth > 0;
    }

    private static int LineOf(TemplateVariant variant, int offset) => variant.Line + variant.Body.AsSpan(0, offset).Count('\n');

    [GeneratedRegex(@"\{%-?\s*(?<end>end)?(?:if|unless|for|case)\b")]
    private static partial Regex Blocks();
}
