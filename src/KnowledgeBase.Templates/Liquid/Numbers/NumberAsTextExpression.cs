using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace KnowledgeBase.Templates.Liquid.Numbers;

/// <summary>
/// Hands a text filter a number as the text it prints as (<c>84.90 | append: ' EUR'</c> gives
/// <c>84.90 EUR</c>, not <c>84.9 EUR</c>); any other value passes through unchanged.
/// </summary>
internal sealed class NumberAsTextExpression(Expression inner) : Expression
{
    public Expression Inner { get; } = inner;

    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        var value = await Inner.EvaluateAsync(context);
        return value is NumberValue number
            ? StringValue.Create(NumberText.Format(number.ToNumberValue(context), context.CultureInfo))
            : value;
    }

    protected override Expression Accept(AstVisitor visitor) => visitor.VisitOtherExpression(this);
}
