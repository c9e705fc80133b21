using System.Globalization;
using Fluid;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Templates.Liquid;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>
/// Fills a reply template with an agent's values. Never throws for anything an agent or a content
/// author can type: every gap becomes a <see cref="FieldProblem"/> and a visible
/// <c>⟦label⟧</c> marker in the text. Thread-safe; one instance serves the whole app.
/// </summary>
/// <remarks>
/// Values reach Liquid as data, never as template text, so <c>{{ 7 * 7 }}</c> typed into a field
/// prints as typed. Templates cannot include files (the analyzer rejects <c>include</c> and
/// <c>render</c>), and every render is bounded: items per loop, steps, characters written and
/// wall-clock time (<see cref="TemplateRendererOptions"/>).
/// </remarks>
public sealed class TemplateRenderer(TemplateRendererOptions? options = null)
{
    private readonly TemplateRendererOptions _options = options ?? new TemplateRendererOptions();

    public RenderedReply Render(ReplyTemplate template, RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<FieldProblem>();
        var channel = Channel(template, request.Channel, problems);
        var variant = VariantOf(template, channel);
        var parsed = ParsedVariant.Of(variant);
        if (parsed.Template is null)
        {
            var line = variant.Line + (parsed.Analysis.ErrorLine ?? 1) - 1;
            problems.Add(TemplateProblem($"the template text is not valid Liquid on line {line}: {parsed.Analysis.Error}"));
            return new RenderedReply(template.Id, channel, string.Empty, problems);
        }

        problems.AddRange(parsed.Analysis.Filters.Where(f => !LiquidFilters.IsKnown(f)).Select(f => TemplateProblem($"unknown Liquid filter '{f}'")));
        var culture = TemplateCulture.For(template.Language);
        var scope = new LiquidScope();
        var reads = parsed.Analysis.Placeholders;
        AddFields(template, request.Values, reads, culture, scope, problems);
        AddStandardFields(request, reads, culture, scope, problems);
        AddUndeclared(template, reads, scope, problems);

        var text = Run(parsed.Template, scope, culture, request.Today, problems);
        return ReplyParts.Split(template.Id, channel, text, problems);
    }

    /// <summary>The declared channel name for <paramref name="requested"/>; null for the default text or a channel the template lacks.</summary>
    private static string? Channel(ReplyTemplate template, string? requested, List<FieldProblem> problems)
    {
        var channel = string.IsNullOrWhiteSpace(requested) ? null : requested.Trim().ToLowerInvariant();
        if (channel is null || template.Channels.Count == 0 || template.Channels.Contains(channel, StringComparer.OrdinalIgnoreCase))
        {
            return channel;
        }

        problems.Add(new FieldProblem("channel", "channel", FieldProblemKind.Channel,
            $"channel '{requested!.Trim()}' is not one of this template's channels: {string.Join(", ", template.Channels)}"));
        return null;
    }

    private static TemplateVariant VariantOf(ReplyTemplate template, string? channel) =>
        template.Variants.Any(v => v.Channel is null)
            ? template.VariantFor(channel)
            : new TemplateVariant(null, template.Body, template.BodyLine);

    private static void AddFields(
        ReplyTemplate template,
        IReadOnlyDictionary<string, string?> values,
        IReadOnlyList<Placeholder> reads,
        CultureInfo culture,
        LiquidScope scope,
        List<FieldProblem> problems)
    {
        foreach (var field in template.Fields.Where(f => !StandardFields.IsStandard(f.Name)))
        {
            // A field the chosen variant never reads cannot leave a gap in it: the SMS text may skip the greeting.
            var isRead = reads.Any(p => StandardFields.Covers(field.Name, p.Path));
            var text = FieldInput.Normalize(values.GetValueOrDefault(field.Name)) ?? FieldInput.Normalize(field.Default);
            if (text is null)
            {
                if (field.Required && isRead)
                {
                    problems.Add(new FieldProblem(field.Name, field.Label, FieldProblemKind.Missing, $"missing required field: {field.Name}"));
                    scope.SetGap(field.Name, PlaceholderMarkers.For(field.Label));
                }
                else
                {
                    scope.Set(field.Name, null);
                }

                continue;
            }

            var (value, error) = FieldInput.Convert(field, text, culture);
            if (error is null)
            {
                scope.Set(field.Name, value);
                continue;
            }

            scope.SetGap(field.Name, PlaceholderMarkers.For(field.Label));
            if (isRead)
            {
                problems.Add(new FieldProblem(field.Name, field.Label, FieldProblemKind.Invalid, error));
            }
        }
    }

    private static void AddStandardFields(RenderRequest request, IReadOnlyList<Placeholder> reads, CultureInfo culture, LiquidScope scope, List<FieldProblem> problems)
    {
        var agent = request.Agent ?? AgentProfile.Empty;
        (string Path, string? Value)[] fields =
        [
            (StandardFields.AgentName, agent.Name),
            (StandardFields.AgentEmail, agent.Email),
            (StandardFields.AgentSignature, agent.Signature),
        ];
        foreach (var (path, raw) in fields)
        {
            var value = FieldInput.Normalize(raw);
            if (value is null && reads.Any(p => StandardFields.Covers(path, p.Path) && Prints(p)))
            {
                problems.Add(new FieldProblem(path, path, FieldProblemKind.Missing, $"missing agent field: {path}"));
                scope.SetGap(path, PlaceholderMarkers.For(path));
            }
            else
            {
                scope.Set(path, value);
            }
        }

        scope.Set(StandardFields.Today, TemplateCulture.LongDate(request.Today, culture));
    }

    private static void AddUndeclared(ReplyTemplate template, IReadOnlyList<Placeholder> reads, LiquidScope scope, List<FieldProblem> problems)
    {
        var undeclared = reads.Where(p =>
            !StandardFields.IsStandard(p.Path) && !template.Fields.Any(f => StandardFields.Covers(f.Name, p.Path)));
        foreach (var placeholder in undeclared.Where(Prints))
        {
            problems.Add(new FieldProblem(placeholder.Path, placeholder.Path, FieldProblemKind.Unknown,
                $"the template uses {placeholder.Path} but does not declare it"));
            scope.SetGap(placeholder.Path, PlaceholderMarkers.For(placeholder.Path));
        }
    }

    /// <summary>True when an empty value would leave a gap: printed without a <c>default</c>, not only tested in a tag.</summary>
    private static bool Prints(Placeholder placeholder) => !placeholder.HasDefault && !placeholder.InCondition;

    private string Run(IFluidTemplate template, LiquidScope scope, CultureInfo culture, DateOnly today, List<FieldProblem> problems)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout);
        var context = new TemplateContext(LiquidEngine.Options)
        {
            CultureInfo = culture,
            CancellationToken = timeout.Token,
            MaxSteps = _options.MaxSteps,
            MaxCollectionSize = _options.MaxIterations,
            MaxOutputSize = _options.MaxOutputLength,

            // 'now' in a date filter is the day the reply is written for, like {{ today }}, so a render is reproducible.
            Now = () => new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
        scope.ApplyTo(context);
        try
        {
            // Plain text out: HTML encoding happens once, in RenderedReply.Html, for every character.
            return template.Render(context, NullEncoder.Default, isolateContext: false);
        }
        catch (OperationCanceledException)
        {
            problems.Add(TemplateProblem($"the template took longer than {_options.Timeout.TotalSeconds:0.###} s to render"));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Fluid stops at the first failure (a limit, a filter given the wrong argument); it is the template's fault, not the agent's.
            problems.Add(TemplateProblem(RenderLimits.Describe(ex, _options)));
        }

        return string.Empty;
    }

    private static FieldProblem TemplateProblem(string message) => new(string.Empty, string.Empty, FieldProblemKind.Template, message);
}
