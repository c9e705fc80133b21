using Fluid;

namespace KnowledgeBase.Templates.Liquid;

/// <summary>
/// The one Fluid parser and the options every render starts from. Both are immutable once built
/// and thread-safe, so the whole app shares them, like a Markdig pipeline.
/// </summary>
/// <remarks>
/// Template text arrives with <c>git pull</c> and is treated as hostile. Parsing is bounded by
/// <see cref="MaxNesting"/>; rendering by the limits in <c>TemplateRendererOptions</c>, which the
/// renderer sets on each render's context.
/// </remarks>
internal static class LiquidEngine
{
    /// <summary>
    /// Fluid's parser depth: nested blocks, nested expressions, and the filters or <c>and</c>/<c>or</c>
    /// of one expression each count. A reply needs a handful; 64 still allows about 30 nested tags or a
    /// chain of 60 filters, and turns ten thousand nested <c>{% if %}</c> into a parse error instead of
    /// a deep recursion while parsing, analysing or rendering.
    /// </summary>
    public const int MaxNesting = 64;

    /// <summary>
    /// Scopes Fluid may nest while rendering: each <c>for</c> or <c>tablerow</c> loop opens one (and
    /// each <c>include</c>, which the analyzer refuses anyway). Fluid's default is 100; a reply that
    /// nests loops more than a few deep is a mistake or an attack.
    /// </summary>
    public const int MaxLoopNesting = 16;

    public static FluidParser Parser { get; } = new(new FluidParserOptions
    {
        MaxRecursionDepth = MaxNesting,

        // DotLiquid read `{% if order.paid? %}` as order.paid; templates written for it keep working.
        AllowTrailingQuestionMark = true,
    });

    public static TemplateOptions Options { get; } = new TemplateOptionsBuilder()
        // Names are case-sensitive like the fields that declare them; Fluid's default ignores case.
        .WithModelNamesComparer(StringComparer.Ordinal)
        .WithMaxRecursion(MaxLoopNesting)

        // An empty optional field is nil on purpose, and an undeclared one is a ⟦marker⟧ with a
        // problem: the renderer decides what a missing value means, so a read never throws.
        .WithStrictVariables(false)

        // Unknown filters are found on every branch by the analyzer before anything renders, and
        // reported as an error (kb validate) or a problem (the reply is not complete). Fluid's strict
        // mode would only notice the branch that runs, and would blank the preview the agent still reads.
        .WithStrictFilters(false)

        // Dates without a zone mean the day written, whatever zone the server runs in.
        .WithTimeZone(TimeZoneInfo.Utc)
        .Build();
}
