using System.Text.Encodings.Web;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace KnowledgeBase.Templates.Liquid.Numbers;

/// <summary>
/// <c>{{ … }}</c> (and <c>{% echo %}</c>) as Fluid's own output statement does it, except that a
/// number prints with the decimals it has (<see cref="NumberText"/>).
/// </summary>
internal sealed class NumberAsTypedOutputStatement(Expression expression) : Statement
{
    public Expression Expression { get; } = expression;

    public override async ValueTask<Completion> WriteToAsync(IFluidOutput output, TextEncoder encoder, TemplateContext context)
    {
        // Counted like Fluid's output statement, so the step limit means the same with or without this class.
        context.IncrementSteps();
        var value = await Expression.EvaluateAsync(context);
        if (value is NumberValue number)
        {
            output.Write(encoder.Encode(NumberText.Format(number.ToNumberValue(context), context.CultureInfo)));
        }
        else
        {
            await value.WriteToAsync(output, encoder, context);
        }

        return Completion.Normal;
    }

    protected override Statement Accept(AstVisitor visitor) => visitor.VisitOtherStatement(this);
}
