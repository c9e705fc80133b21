using System.Text.RegularExpressions;
using Fluid;

namespace KnowledgeBase.Templates.Liquid;

/// <summary>
/// Finds every value a Liquid template reads, on every branch, by walking Fluid's parse tree with
/// its public visitor (<see cref="PlaceholderWalker"/>). Rendering alone cannot do this: it only
/// visits the branches the data selects.
/// </summary>
public static partial class LiquidTemplateAnalyzer
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "true", "false", "nil", "null", "empty", "blank", "else",
    };

    /// <summary>Parses <paramref name="source"/> and lists what it reads; a syntax error is returned, not thrown.</summary>
    public static LiquidAnalysis Analyze(string source) => Parse(source).Analysis;

    /// <summary>
    /// Parses once for both uses: the analysis, and the parsed template the renderer keeps (null when
    /// the text is not valid Liquid or uses an unsupported tag).
    /// </summary>
    internal static (LiquidAnalysis Analysis, IFluidTemplate? Template) Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        IFluidTemplate? template;
        try
        {
            template = LiquidEngine.Parser.Parse(source);
        }
        catch (ParseException ex)
        {
            var (message, line) = LiquidSyntaxError.Describe(ex);
            return (Invalid(message, line), null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Template text is hostile input: whatever the parser trips over is the template's problem, never the page's.
            return (Invalid(ex.Message, 1), null);
        }

        if (template is null)
        {
            return (Invalid("the text cannot be parsed", 1), null);
        }

        var walker = new PlaceholderWalker();
        walker.VisitTemplate(template);
        if (walker.UnsupportedTag is { } tag)
        {
            return (Invalid($"the '{{% {tag} %}}' tag is not supported in reply templates", LineOfTag(source, tag)), null);
        }

        var placeholders = walker.Reads
            .Where(read => !walker.Locals.Contains(Root(read.Path)))
            .GroupBy(read => read.Path, StringComparer.Ordinal)
            .Select(group => new Placeholder(
                group.Key,
                group.Any(r => !r.InCondition) && group.Where(r => !r.InCondition).All(r => r.HasDefault),
                group.All(r => r.InCondition)))
            .ToList();
        var analysis = new LiquidAnalysis(placeholders, null) { Filters = [.. walker.Filters] };
        return (analysis, template);
    }

    /// <summary>The variable path an expression reads, or null for a literal (<c>'text'</c>, <c>42</c>, <c>true</c>).</summary>
    public static string? VariablePath(string? expression)
    {
        var text = expression?.Trim();
        if (string.IsNullOrEmpty(text) || text[0] is '\'' or '"' or '(' or '-' || char.IsAsciiDigit(text[0]))
        {
            return null;
        }

        var indexer = text.IndexOf('[', StringComparison.Ordinal);
        if (indexer >= 0)
        {
            text = text[..indexer];
        }

        text = text.TrimEnd('?', '.');
        if (text.Length == 0 || Keywords.Contains(text) || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return null;
        }

        return text.All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.') ? text : null;
    }

    private static LiquidAnalysis Invalid(string message, int line) => new([], message) { ErrorLine = line };

    private static string Root(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? path : path[..dot];
    }

    private static int LineOfTag(string source, string tag)
    {
        var match = TagStart().Matches(source).FirstOrDefault(m => m.Groups[1].Value == tag);
        return match is null ? 1 : 1 + source.AsSpan(0, match.Index).Count('\n');
    }

    [GeneratedRegex(@"\{%-?\s*([a-z]+)")]
    private static partial Regex TagStart();
}
