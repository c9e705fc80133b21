using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace KnowledgeBase.Templates.Liquid;

/// <summary>
/// A <c>⟦label⟧</c> marker standing in for a value the reply still needs. It prints and reads as its
/// text, is true in <c>{% if %}</c> (the branch that needs the value shows its gap), and equals or
/// orders against nothing.
/// </summary>
/// <remarks>
/// A plain string would do for printing, but Fluid refuses to order a string against a number:
/// <c>{% if order.total > 50 %}</c> with the marker of an empty number field would throw, and the
/// whole preview would go blank while the agent is still typing. Fluid's comparisons only order its
/// own number and string values, so against this one they are simply false.
/// </remarks>
internal sealed class GapValue(string marker) : FluidValue
{
    public string Marker { get; } = marker;

    public override FluidValues Type => FluidValues.String;

    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    public override bool ToBooleanValue(TemplateContext context) => true;

    public override decimal ToNumberValue(TemplateContext context) => 0;

    public override string ToStringValue(TemplateContext context) => Marker;

    public override object ToObjectValue(TemplateContext context) => Marker;

    public override ValueTask WriteToAsync(IFluidOutput output, TextEncoder encoder, TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(encoder);
        output.Write(encoder.Encode(Marker));
        return default;
    }

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => Marker.GetHashCode(StringComparison.Ordinal);
}
