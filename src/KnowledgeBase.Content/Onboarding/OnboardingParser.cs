using KnowledgeBase.Content.FrontMatter;
using KnowledgeBase.Content.Limits;
using KnowledgeBase.Content.Validation;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Content.Onboarding;

/// <summary>
/// Reads learning-path files (<c>paths/&lt;slug&gt;.yml</c>) and knowledge-check files
/// (<c>&lt;sop&gt;.checks.yml</c> beside the SOP). Problems become findings; a broken entry never
/// hides the others. Whether referenced ids exist is <see cref="OnboardingRule"/>'s job.
/// </summary>
public static class OnboardingParser
{
    /// <summary>Extension of a knowledge-check file, after the SOP's name.</summary>
    public const string ChecksExtension = ".checks.yml";

    /// <param name="limits">The bounds the YAML is read under; the defaults when null.</param>
    public static LearningPath? ParsePath(string relativePath, string text, ICollection<Finding> findings, ContentLimitsOptions? limits = null)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(findings);
        if (Root(relativePath, text, findings, "path", limits) is not YamlMappingNode map)
        {
            findings.Add(Finding.Error(relativePath, 1, "path", "a learning path needs 'title:', 'role:', 'language:' and 'steps:'"));
            return null;
        }

        var title = Scalar(map, "title")?.Trim();
        var role = Scalar(map, "role")?.Trim();
        var language = Scalar(map, "language")?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            findings.Add(Finding.Error(relativePath, 1, "path", "learning path has no 'title:'"));
        }

        if (string.IsNullOrEmpty(role))
        {
            findings.Add(Finding.Error(relativePath, 1, "path", "learning path has no 'role:'"));
        }

        if (string.IsNullOrEmpty(language))
        {
            findings.Add(Finding.Error(relativePath, 1, "path", "learning path has no 'language:' (e.g. en)"));
        }

        var steps = new List<PathStep>();
        if (Value(map, "steps") is not YamlSequenceNode list || list.Children.Count == 0)
        {
            findings.Add(Finding.Error(relativePath, 1, "path", "learning path has no 'steps:'"));
        }
        else
        {
            foreach (var node in list.Children)
            {
                if (ParseStep(relativePath, node, steps.Count + 1, findings) is { } step)
                {
                    steps.Add(step);
                }
            }
        }

        var id = relativePath[..relativePath.LastIndexOf('.')];
        return new LearningPath(id, relativePath, title ?? id, role ?? "", language ?? "", steps)
        {
            Description = Scalar(map, "description")?.Trim(),
        };
    }

    /// <param name="limits">The bounds the YAML is read under; the defaults when null.</param>
    public static IReadOnlyList<KnowledgeCheck> ParseChecks(string relativePath, string text, ICollection<Finding> findings, ContentLimitsOptions? limits = null)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(findings);
        var root = Root(relativePath, text, findings, "checks", limits);
        if (root is null)
        {
            return [];
        }

        if (root is not YamlSequenceNode list)
        {
            findings.Add(Finding.Error(relativePath, 1, "checks", "a checks file is a list of questions, each starting with '- id: …'"));
            return [];
        }

        var documentId = DocumentIdOf(relativePath);
        var checks = new List<KnowledgeCheck>();
        foreach (var node in list.Children)
        {
            var line = (int)node.Start.Line;
            if (node is not YamlMappingNode entry || Scalar(entry, "id")?.Trim() is not { Length: > 0 } id)
            {
                findings.Add(Finding.Error(relativePath, line, "checks", "each check needs 'id:', 'question:' and 'answers:'"));
                continue;
            }

            var question = Scalar(entry, "question")?.Trim();
            if (string.IsNullOrEmpty(question))
            {
                findings.Add(Finding.Error(relativePath, line, "checks", $"check '{id}' has no 'question:'"));
                continue;
            }

            var options = new List<CheckOption>();
            if (Value(entry, "answers") is YamlSequenceNode answers)
            {
                foreach (var answer in answers.Children)
                {
                    switch (answer)
                    {
                        case YamlScalarNode { Value: { } plain } when plain.Trim().Length > 0:
                            options.Add(new CheckOption(plain.Trim(), false));
                            break;
                        case YamlMappingNode option when Scalar(option, "text")?.Trim() is { Length: > 0 } optionText:
                            options.Add(new CheckOption(optionText, IsTrue(Scalar(option, "correct"))));
                            break;
                        default:
                            findings.Add(Finding.Error(relativePath, (int)answer.Start.Line, "checks", $"check '{id}': each answer needs 'text:'"));
                            break;
                    }
                }
            }

            if (options.Count < 2)
            {
                findings.Add(Finding.Error(relativePath, line, "checks", $"check '{id}' needs at least two answers"));
            }

            checks.Add(new KnowledgeCheck(documentId, id, question, options, relativePath, line) { Explanation = Scalar(entry, "explanation")?.Trim() });
        }

        return checks;
    }

    /// <summary><c>articles/en/x/y.checks.yml</c> → <c>articles/en/x/y</c>.</summary>
    public static string DocumentIdOf(string checksPath)
    {
        ArgumentNullException.ThrowIfNull(checksPath);
        var path = checksPath.Replace('\\', '/');
        return path.EndsWith(ChecksExtension, StringComparison.OrdinalIgnoreCase) ? path[..^ChecksExtension.Length] : path;
    }

    private static PathStep? ParseStep(string relativePath, YamlNode node, int number, ICollection<Finding> findings)
    {
        var line = (int)node.Start.Line;
        if (node is not YamlMappingNode map)
        {
            findings.Add(Finding.Error(relativePath, line, "path", "each step is one of 'read:', 'practise:' or 'check:'"));
            return null;
        }

        var title = Scalar(map, "title")?.Trim();
        if (Scalar(map, "read") is { } read)
        {
            return new PathStep(number, StepKind.Read, Id(read), line) { Section = Scalar(map, "section")?.Trim().TrimStart('#'), Title = title };
        }

        if ((Scalar(map, "practise") ?? Scalar(map, "practice")) is { } practise)
        {
            return new PathStep(number, StepKind.Practise, Id(practise), line) { Scenario = Scalar(map, "scenario")?.Trim(), Title = title };
        }

        if (Scalar(map, "check") is { } check)
        {
            var hash = check.IndexOf('#', StringComparison.Ordinal);
            if (hash < 0)
            {
                findings.Add(Finding.Error(relativePath, line, "path", $"check step '{check}' must name the check: <sop id>#<check id>"));
                return null;
            }

            return new PathStep(number, StepKind.Check, Id(check[..hash]), line) { CheckId = check[(hash + 1)..].Trim(), Title = title };
        }

        findings.Add(Finding.Error(relativePath, line, "path", "each step is one of 'read:', 'practise:' or 'check:'"));
        return null;
    }

    private static YamlNode? Root(string relativePath, string text, ICollection<Finding> findings, string code, ContentLimitsOptions? limits)
    {
        try
        {
            var stream = YamlText.Load(FrontMatterBlock.Normalize(text), 1, code, YamlLimits.ForYamlFile(limits ?? new ContentLimitsOptions()));
            return stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" } ? null : stream.Documents[0].RootNode;
        }
        catch (FrontMatterException ex)
        {
            findings.Add(Finding.Error(relativePath, ex.Line, ex.Code ?? code, ex.Message));
            return null;
        }
    }

    // The forgivable spellings: a leading slash or a trailing .md.
    private static string Id(string value)
    {
        var id = value.Trim().Replace('\\', '/').TrimStart('/');
        return id.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? id[..^3] : id;
    }

    private static bool IsTrue(string? value) => value?.Trim().ToLowerInvariant() is "true" or "yes";

    private static YamlNode? Value(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(c => string.Equals((c.Key as YamlScalarNode)?.Value, key, StringComparison.OrdinalIgnoreCase)).Value;

    private static string? Scalar(YamlMappingNode map, string key) => (Value(map, key) as YamlScalarNode)?.Value;
}
