using System.Runtime.CompilerServices;
using Fluid;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Templates.Liquid;
using KnowledgeBase.Templates.Liquid.Numbers;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>A variant's parsed Liquid and what it reads, kept for as long as the variant itself lives.</summary>
/// <param name="Template">
/// Ready to render, numbers printing as typed; null when the text is not valid Liquid, and then
/// <see cref="LiquidAnalysis.Error"/> says why. Fluid templates are immutable, so one instance serves
/// every agent at once.
/// </param>
internal sealed record ParsedVariant(LiquidAnalysis Analysis, IFluidTemplate? Template)
{
    /// <summary>
    /// Keyed by the variant instance: a content reload makes new variants, and the old entries go
    /// with them, so an edited template is never served from a stale parse.
    /// </summary>
    private static readonly ConditionalWeakTable<TemplateVariant, ParsedVariant> Cache = [];

    public static ParsedVariant Of(TemplateVariant variant) => Cache.GetValue(variant, v => Parse(v.Body));

    private static ParsedVariant Parse(string body)
    {
        // Greeting and sign-off markers become one-character stand-ins that survive rendering (ReplyParts splits on them).
        var (analysis, template) = LiquidTemplateAnalyzer.Parse(ReplyPartMarkers.ToStandIns(body));

        // Rewritten once here, not per render: the kept template prints numbers with their decimals.
        return new ParsedVariant(analysis, template is null ? null : new NumbersAsTypedRewriter().VisitTemplate(template));
    }
}
