using Fluid.Ast;

namespace KnowledgeBase.Templates.Liquid;

/// <summary>
/// Walks a parsed template through Fluid's public <see cref="AstVisitor"/> and notes every value
/// it reads, on every branch, with the filters it applies. Rendering alone cannot do this: it only
/// visits the branches the data selects.
/// </summary>
/// <remarks>
/// A read is "in a condition" when only a tag tests it (<c>if</c>, <c>unless</c>, <c>case</c>, a
/// loop's collection), and "has a default" when its output applies <c>default</c> or it is a
/// filter's argument; both decide whether an empty value would leave a gap in the reply.
/// </remarks>
internal sealed class PlaceholderWalker : AstVisitor
{
    private bool _inCondition;
    private bool _hasDefault;

    /// <summary>Every read in template order; the analyzer groups them by path.</summary>
    public List<Placeholder> Reads { get; } = [];

    /// <summary>Names the template defines itself (loop variables, assigns, captures); reads of them are not placeholders.</summary>
    public HashSet<string> Locals { get; } = new(StringComparer.Ordinal) { "forloop", "tablerowloop" };

    /// <summary>Filter names in the order first used.</summary>
    public List<string> Filters { get; } = [];

    /// <summary>The first tag that reads other files (<c>include</c>, <c>render</c>, …), if any.</summary>
    public string? UnsupportedTag { get; private set; }

    protected override Statement VisitOutputStatement(OutputStatement outputStatement)
    {
        Output(outputStatement.Expression);
        return outputStatement;
    }

    protected override Statement VisitAssignStatement(AssignStatement assignStatement)
    {
        Locals.Add(assignStatement.Identifier);
        Output(assignStatement.Value);
        return assignStatement;
    }

    protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
    {
        Locals.Add(captureStatement.Identifier);
        return base.VisitCaptureStatement(captureStatement);
    }

    protected override Statement VisitIfStatement(IfStatement ifStatement)
    {
        Condition(ifStatement.Condition);
        Body(ifStatement.Statements);
        Body(ifStatement.ElseIfs ?? []);
        Visit(ifStatement.Else);
        return ifStatement;
    }

    protected override Statement VisitUnlessStatement(UnlessStatement unlessStatement)
    {
        Condition(unlessStatement.Condition);
        Body(unlessStatement.Statements);
        Body(unlessStatement.ElseIfs ?? []);
        Visit(unlessStatement.Else);
        return unlessStatement;
    }

    protected override Statement VisitElseIfStatement(ElseIfStatement elseIfStatement)
    {
        Condition(elseIfStatement.Condition);
        Body(elseIfStatement.Statements);
        return elseIfStatement;
    }

    protected override Statement VisitCaseStatement(CaseStatement caseStatement)
    {
        Condition(caseStatement.Expression);
        foreach (var block in caseStatement.Blocks)
        {
            if (block is WhenBlock when)
            {
                Condition([.. when.Options]);
            }

            Body(block.Statements);
        }

        return caseStatement;
    }

    protected override Statement VisitWhenStatement(WhenStatement whenStatement)
    {
        Condition([.. whenStatement.Options]);
        Body(whenStatement.Statements);
        return whenStatement;
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        Locals.Add(forStatement.Identifier);
        Condition(forStatement.Source, forStatement.Limit, forStatement.Offset);
        Body(forStatement.Statements);
        Visit(forStatement.Else);
        return forStatement;
    }

    protected override Statement VisitTableRowStatement(TableRowStatement tableRowStatement)
    {
        Locals.Add(tableRowStatement.Identifier);
        Condition(tableRowStatement.Source, tableRowStatement.Limit, tableRowStatement.Offset, tableRowStatement.Cols);
        Body(tableRowStatement.Statements);
        return tableRowStatement;
    }

    // Tags that read other files: a reply template is one self-contained text.
    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement) => Unsupported(includeStatement, "include");

    protected override Statement VisitRenderStatement(RenderStatement renderStatement) => Unsupported(renderStatement, "render");

    protected override Statement VisitFromStatement(FromStatement fromStatement) => Unsupported(fromStatement, "from");

    protected override Statement VisitMacroStatement(MacroStatement macroStatement) => Unsupported(macroStatement, "macro");

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        // Input first, so `a | upcase | nosuch` lists upcase before nosuch.
        Visit(filterExpression.Input);
        if (!Filters.Contains(filterExpression.Name, StringComparer.Ordinal))
        {
            Filters.Add(filterExpression.Name);
        }

        // A filter's argument is a fallback or a decoration (`default: order.fallback`, `append: x`): empty is fine.
        var hasDefault = _hasDefault;
        _hasDefault = true;
        foreach (var parameter in filterExpression.Parameters)
        {
            Visit(parameter.Expression);
        }

        _hasDefault = hasDefault;
        return filterExpression;
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        // The path is the leading names: order.items[0].name reads order.items.
        var names = memberExpression.Segments.TakeWhile(s => s is IdentifierSegment).Cast<IdentifierSegment>().Select(s => s.Identifier).ToList();
        if (names.Count > 0)
        {
            Reads.Add(new Placeholder(string.Join('.', names), _hasDefault, _inCondition));
        }

        foreach (var indexer in memberExpression.Segments.OfType<IndexerSegment>())
        {
            Visit(indexer.Expression);
        }

        return memberExpression;
    }

    /// <summary>A value that prints: covered when its filter chain applies <c>default</c>.</summary>
    private void Output(Expression expression)
    {
        var hasDefault = _hasDefault;
        _hasDefault = FilterNames(expression).Contains("default", StringComparer.Ordinal);
        Visit(expression);
        _hasDefault = hasDefault;
    }

    private void Condition(params Expression?[] expressions)
    {
        var inCondition = _inCondition;
        _inCondition = true;
        foreach (var expression in expressions)
        {
            Visit(expression);
        }

        _inCondition = inCondition;
    }

    private void Body(IReadOnlyList<Statement> statements)
    {
        foreach (var statement in statements)
        {
            Visit(statement);
        }
    }

    private Statement Unsupported(Statement statement, string tag)
    {
        UnsupportedTag ??= tag;
        return statement;
    }

    private static IEnumerable<string> FilterNames(Expression expression)
    {
        for (var filter = expression as FilterExpression; filter is not null; filter = filter.Input as FilterExpression)
        {
            yield return filter.Name;
        }
    }
}
