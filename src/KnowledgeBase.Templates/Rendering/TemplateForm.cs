using KnowledgeBase.Content.Model;
using KnowledgeBase.Templates.Liquid;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>What an agent fills in before a template becomes a reply.</summary>
/// <param name="Fields">Declared fields in declaration order; standard fields are never among them.</param>
/// <param name="StandardFields">
/// The standard fields the text reads (<c>agent.signature</c>, <c>today</c>, …), in
/// <see cref="Liquid.StandardFields.All"/> order, so the form can say "uses your signature".
/// </param>
public sealed record TemplateForm(IReadOnlyList<TemplateField> Fields, IReadOnlyList<string> StandardFields)
{
    /// <summary>True when the text reads <paramref name="standardField"/>, e.g. <c>agent.signature</c>.</summary>
    public bool Uses(string standardField) => StandardFields.Contains(standardField, StringComparer.Ordinal);

    /// <summary>Every declared field, and the standard fields any channel's text reads.</summary>
    public static TemplateForm FieldsOf(ReplyTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var reads = template.Variants.SelectMany(v => ParsedVariant.Of(v).Analysis.Placeholders).ToList();
        return new TemplateForm(
            [.. template.Fields.Where(f => !Liquid.StandardFields.IsStandard(f.Name))],
            StandardReads(reads));
    }

    /// <summary>
    /// Only what the text for <paramref name="channel"/> reads (null: the default text), as
    /// <see cref="TemplateRenderer"/> would render it: the SMS text may not need the customer's name.
    /// </summary>
    public static TemplateForm FieldsFor(ReplyTemplate template, string? channel)
    {
        ArgumentNullException.ThrowIfNull(template);
        var variant = template.Variants.Any(v => v.Channel is null) ? template.VariantFor(channel?.Trim()) : null;
        var reads = variant is null ? [] : ParsedVariant.Of(variant).Analysis.Placeholders;
        return new TemplateForm(
            [.. template.Fields.Where(f => !Liquid.StandardFields.IsStandard(f.Name) && reads.Any(p => Liquid.StandardFields.Covers(f.Name, p.Path)))],
            StandardReads(reads));
    }

    private static List<string> StandardReads(IReadOnlyList<Placeholder> reads) =>
        [.. Liquid.StandardFields.All.Where(name => reads.Any(p => Liquid.StandardFields.Covers(name, p.Path)))];
}
