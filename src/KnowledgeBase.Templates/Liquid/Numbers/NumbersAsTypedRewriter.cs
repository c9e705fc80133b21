using Fluid.Ast;
using Fluid.Values;

namespace KnowledgeBase.Templates.Liquid.Numbers;

/// <summary>
/// Rewrites a parsed template, through Fluid's public <see cref="AstRewriter"/>, so that numbers
/// print as typed: every output uses <see cref="NumberAsTypedOutputStatement"/>, and filters that
/// work on text receive a number as that text. Arithmetic and comparisons still see numbers.
/// </summary>
internal sealed class NumbersAsTypedRewriter : AstRewriter
{
    /// <summary>Fluid's filters that turn their input into text first: the string filters and the encoders.</summary>
    private static readonly HashSet<string> TextInput = new(StringComparer.Ordinal)
    {
        "append", "prepend", "capitalize", "downcase", "upcase", "lstrip", "rstrip", "strip", "squish",
        "strip_newlines", "newline_to_br", "remove", "remove_first", "remove_last", "replace",
        "replace_first", "replace_last", "slice", "split", "truncate", "truncatewords",
        "escape", "h", "escape_once", "strip_html", "url_encode", "handle", "handleize",
    };

    /// <summary>Filters whose arguments are text too (<c>'Total: ' | append: order.total</c>); others take counts or numbers.</summary>
    private static readonly HashSet<string> TextArguments = new(StringComparer.Ordinal)
    {
        "append", "prepend", "remove", "remove_first", "remove_last", "replace", "replace_first", "replace_last",
    };

    protected override Statement VisitOutputStatement(OutputStatement outputStatement)
    {
        var rewritten = (OutputStatement)base.VisitOutputStatement(outputStatement);
        return new NumberAsTypedOutputStatement(rewritten.Expression);
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        var rewritten = (FilterExpression)base.VisitFilterExpression(filterExpression);
        if (!TextInput.Contains(rewritten.Name))
        {
            return rewritten;
        }

        var arguments = TextArguments.Contains(rewritten.Name)
            ? [.. rewritten.Parameters.Select(p => new FilterArgument(p.Name, AsText(p.Expression)))]
            : rewritten.Parameters;
        return new FilterExpression(AsText(rewritten.Input), rewritten.Name, arguments);
    }

    /// <summary>Text literals need no conversion; a number literal (<c>84.90 | append: 'x'</c>) and any value might.</summary>
    private static Expression AsText(Expression expression) =>
        expression is NumberAsTextExpression || (expression is LiteralExpression literal && literal.Value is not NumberValue)
            ? expression
            : new NumberAsTextExpression(expression);
}
