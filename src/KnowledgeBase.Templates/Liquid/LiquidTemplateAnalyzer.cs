using System.Reflection;
using DotLiquid;
using DotLiquid.Exceptions;
using DotLiquid.Tags;

namespace KnowledgeBase.Templates.Liquid;

/// <summary>
/// Finds every value a Liquid template reads, on every branch, by walking DotLiquid's parse tree.
/// Rendering alone cannot do this: it only visits the branches the data selects.
/// </summary>
/// <remarks>
/// DotLiquid keeps tag internals (an <c>if</c>'s conditions, a <c>for</c>'s collection) in
/// non-public members. They are read here, in one place, by reflection against the pinned
/// DotLiquid version; <c>LiquidTemplateAnalyzerTests</c> fail loudly if an upgrade renames them.
/// </remarks>
public static class LiquidTemplateAnalyzer
{
    private const BindingFlags Hidden = BindingFlags.Instance | BindingFlags.NonPublic;

    private static readonly PropertyInfo IfConditions = Member<PropertyInfo>(typeof(If).GetProperty("Blocks", Hidden));
    private static readonly FieldInfo ChildCondition = Member<FieldInfo>(typeof(Condition).GetField("_childCondition", Hidden));
    private static readonly FieldInfo CaseLeft = Member<FieldInfo>(typeof(Case).GetField("_left", Hidden));
    private static readonly FieldInfo CaseConditions = Member<FieldInfo>(typeof(Case).GetField("_blocks", Hidden));
    private static readonly FieldInfo ForVariable = Member<FieldInfo>(typeof(For).GetField("_variableName", Hidden));
    private static readonly FieldInfo ForCollection = Member<FieldInfo>(typeof(For).GetField("_collectionName", Hidden));
    private static readonly PropertyInfo ForBody = Member<PropertyInfo>(typeof(For).GetProperty("ForBlock", Hidden));
    private static readonly PropertyInfo ForElse = Member<PropertyInfo>(typeof(For).GetProperty("ElseBlock", Hidden));
    private static readonly FieldInfo AssignTarget = Member<FieldInfo>(typeof(Assign).GetField("_to", Hidden));
    private static readonly FieldInfo AssignSource = Member<FieldInfo>(typeof(Assign).GetField("_from", Hidden));
    private static readonly FieldInfo CaptureTarget = Member<FieldInfo>(typeof(Capture).GetField("_to", Hidden));

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "true", "false", "nil", "null", "empty", "blank", "else",
    };

    /// <summary>Tags that read other files or change the page; a reply template never needs them.</summary>
    private static readonly HashSet<Type> Unsupported = [typeof(Include), typeof(Extends), typeof(DotLiquid.Tags.Block)];

    /// <summary>Parses <paramref name="source"/> and lists what it reads; a syntax error is returned, not thrown.</summary>
    public static LiquidAnalysis Analyze(string source) => Parse(source).Analysis;

    /// <summary>
    /// Parses once for both uses: the analysis, and the parsed template the renderer keeps (null when
    /// the text is not valid Liquid or uses an unsupported tag).
    /// </summary>
    internal static (LiquidAnalysis Analysis, Template? Template) Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Template template;
        try
        {
            template = Template.Parse(source);
        }
        catch (LiquidException ex)
        {
            return (new LiquidAnalysis([], ex.Message), null);
        }
        catch (Exception ex) when (ex is System.ArgumentException or FormatException or InvalidOperationException)
        {
            return (new LiquidAnalysis([], ex.Message), null);
        }

        var walker = new Walker();
        walker.Walk(template.Root.NodeList);
        var placeholders = walker.Reads
            .Where(read => !walker.Locals.Contains(Root(read.Path)))
            .GroupBy(read => read.Path, StringComparer.Ordinal)
            .Select(group => new Placeholder(
                group.Key,
                group.Any(r => !r.InCondition) && group.Where(r => !r.InCondition).All(r => r.HasDefault),
                group.All(r => r.InCondition)))
            .ToList();
        var analysis = new LiquidAnalysis(placeholders, walker.Error) { Filters = [.. walker.Filters] };
        return (analysis, analysis.IsValid ? template : null);
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

    private static string Root(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? path : path[..dot];
    }

    private static T Member<T>(T? member)
        where T : MemberInfo =>
        member ?? throw new InvalidOperationException($"DotLiquid internals changed: a {typeof(T).Name} the template analyzer reads is missing.");

    private sealed class Walker
    {
        public List<Placeholder> Reads { get; } = [];

        public HashSet<string> Locals { get; } = new(StringComparer.Ordinal) { "forloop" };

        public string? Error { get; private set; }

        /// <summary>Filter names in the order first used; a set, because only the names matter.</summary>
        public List<string> Filters { get; } = [];

        public void Walk(IEnumerable<object>? nodes)
        {
            foreach (var node in nodes ?? [])
            {
                switch (node)
                {
                    case Variable variable:
                        Output(variable);
                        break;
                    case If conditional:
                        foreach (var condition in (IEnumerable<Condition>)IfConditions.GetValue(conditional)!)
                        {
                            Condition(condition);
                            Walk(condition.Attachment);
                        }

                        break;
                    case Case switchTag:
                        Read(CaseLeft.GetValue(switchTag) as string, hasDefault: false, inCondition: true);
                        foreach (var condition in (IEnumerable<Condition>)CaseConditions.GetValue(switchTag)!)
                        {
                            Read(condition.Right, hasDefault: false, inCondition: true);
                            Walk(condition.Attachment);
                        }

                        break;
                    case For loop:
                        Locals.Add((string)ForVariable.GetValue(loop)!);
                        Read(ForCollection.GetValue(loop) as string, hasDefault: false, inCondition: true);
                        Walk(ForBody.GetValue(loop) as List<object>);
                        Walk((ForElse.GetValue(loop) as Condition)?.Attachment);
                        break;
                    case Assign assign:
                        Locals.Add((string)AssignTarget.GetValue(assign)!);
                        if (AssignSource.GetValue(assign) is Variable source)
                        {
                            Output(source);
                        }

                        break;
                    case Capture capture:
                        Locals.Add((string)CaptureTarget.GetValue(capture)!);
                        Walk(capture.NodeList);
                        break;
                    case Tag tag when Unsupported.Contains(tag.GetType()):
                        Error ??= $"the '{{% {tag.Name} %}}' tag is not supported in reply templates";
                        break;
                    case Tag tag:
                        Walk(tag.NodeList);
                        break;
                }
            }
        }

        private void Output(Variable variable)
        {
            var hasDefault = variable.Filters.Any(f => string.Equals(f.Name, "default", StringComparison.OrdinalIgnoreCase));
            foreach (var filter in variable.Filters.Where(f => !Filters.Contains(f.Name, StringComparer.Ordinal)))
            {
                Filters.Add(filter.Name);
            }

            Read(variable.Name, hasDefault, inCondition: false);
            foreach (var argument in variable.Filters.SelectMany(f => f.Arguments ?? []))
            {
                Read(argument, hasDefault: true, inCondition: false);
            }
        }

        private void Condition(Condition? condition)
        {
            for (; condition is not null && !condition.IsElse; condition = ChildCondition.GetValue(condition) as Condition)
            {
                Read(condition.Left, hasDefault: false, inCondition: true);
                Read(condition.Right, hasDefault: false, inCondition: true);
            }
        }

        private void Read(string? expression, bool hasDefault, bool inCondition)
        {
            if (VariablePath(expression) is { } path)
            {
                Reads.Add(new Placeholder(path, hasDefault, inCondition));
            }
        }
    }
}
