using System.Runtime.CompilerServices;
using DotLiquid;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Templates.Liquid;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>A variant's parsed Liquid and what it reads, kept for as long as the variant itself lives.</summary>
/// <param name="Template">Null when the text is not valid Liquid; then <see cref="LiquidAnalysis.Error"/> says why.</param>
internal sealed record ParsedVariant(LiquidAnalysis Analysis, Template? Template)
{
    /// <summary>
    /// Keyed by the variant instance: a content reload makes new variants, and the old entries go
    /// with them, so an edited template is never served from a stale parse.
    /// </summary>
    private static readonly ConditionalWeakTable<TemplateVariant, ParsedVariant> Cache = [];

    public static ParsedVariant Of(TemplateVariant variant) => Cache.GetValue(variant, v => Parse(v.Body));

    private static ParsedVariant Parse(string body)
    {
        var (analysis, template) = LiquidTemplateAnalyzer.Parse(body);

        // Thread-safe mode keeps per-render state (assigns, errors) in the render context, not the
        // template, so one parsed template serves every agent at once.
        template?.MakeThreadSafe();
        return new ParsedVariant(analysis, template);
    }
}
