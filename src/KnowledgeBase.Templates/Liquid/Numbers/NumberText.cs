using System.Globalization;

namespace KnowledgeBase.Templates.Liquid.Numbers;

/// <summary>How a number reads in a reply: with the decimals it has, in the template's language.</summary>
internal static class NumberText
{
    /// <summary>
    /// A decimal keeps its scale from what was typed (<c>84.90</c>) and through arithmetic
    /// (<c>84.90 + 0.10 = 85.00</c>); printing it with <see cref="decimal.ToString(IFormatProvider)"/>
    /// keeps that scale, uses the culture's decimal separator and no group separators.
    /// </summary>
    /// <remarks>
    /// Fluid prints numbers the way Ruby Liquid prints floats: <c>84.9</c>, <c>85.0</c>, <c>5.0e-05</c>.
    /// For amounts of money that is wrong, and an agent would have to retype it.
    /// </remarks>
    public static string Format(decimal value, CultureInfo culture) => value.ToString(culture);
}
