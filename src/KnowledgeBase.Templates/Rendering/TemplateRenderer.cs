using System.Globalization;
using DotLiquid;
using DotLiquid.Exceptions;
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
/// prints as typed. Templates cannot include files (the analyzer rejects <c>include</c>), loops
/// are capped and a render that runs too long is abandoned.
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
        var parsed = ParsedVariant.Of(VariantOf(template, channel));
        if (parsed.Template is null)
        {
            problems.Add(TemplateProblem($"the template text is not valid Liquid: {parsed.Analysis.Error}"));
            return new RenderedReply(template.Id, channel, string.Empty, problems);
        }

        problems.AddRange(parsed.Analysis.Filters.Where(f => !LiquidFilters.IsKnown(f)).Select(f => TemplateProblem($"unknown Liquid filter '{f}'")));
        var culture = TemplateCulture.For(template.Language);
        var scope = new Hash();
        var reads = parsed.Analysis.Placeholders;
        AddFields(template, request.Values, reads, culture, scope, problems);
        AddStandardFields(request, reads, culture, scope, problems);
        AddUndeclared(template, reads, scope, problems);

        var text = Run(parsed.Template, scope, culture, problems);
        return new RenderedReply(template.Id, channel, ReplyText.Clean(text), problems);
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
        Hash scope,
        List<FieldProblem> problems)
    {
        foreach (var field in template.Fields.Where(f => !StandardFields.IsStandard(f.Name)))
        {
            // A field the chosen variant never reads cannot leave a gap in it: the SMS text may skip the greeting.
            var isRead = reads.Any(p => StandardFields.Covers(field.Name, p.Path));
            var text = FieldInput.Normalize(values.GetValueOrDefault(field.Name)) ?? FieldInput.Normalize(field.Default);
            object? value = null;
            if (text is null)
            {
                if (field.Required && isRead)
                {
                    problems.Add(new FieldProblem(field.Name, field.Label, FieldProblemKind.Missing, $"missing required field: {field.Name}"));
                    value = PlaceholderMarkers.For(field.Label);
                }
            }
            else
            {
                (value, var error) = FieldInput.Convert(field, text, culture);
                if (error is not null)
                {
                    value = PlaceholderMarkers.For(field.Label);
                    if (isRead)
                    {
                        problems.Add(new FieldProblem(field.Name, field.Label, FieldProblemKind.Invalid, error));
                    }
                }
            }

            Set(scope, field.Name, value);
        }
    }

    private static void AddStandardFields(RenderRequest request, IReadOnlyList<Placeholder> reads, CultureInfo culture, Hash scope, List<FieldProblem> problems)
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
            object? value = FieldInput.Normalize(raw);
            if (value is null && reads.Any(p => StandardFields.Covers(path, p.Path) && Prints(p)))
            {
                problems.Add(new FieldProblem(path, path, FieldProblemKind.Missing, $"missing agent field: {path}"));
                value = PlaceholderMarkers.For(path);
            }

            Set(scope, path, value);
        }

        Set(scope, StandardFields.Today, TemplateCulture.LongDate(request.Today, culture));
    }

    private static void AddUndeclared(ReplyTemplate template, IReadOnlyList<Placeholder> reads, Hash scope, List<FieldProblem> problems)
    {
        var undeclared = reads.Where(p =>
            !StandardFields.IsStandard(p.Path) && !template.Fields.Any(f => StandardFields.Covers(f.Name, p.Path)));
        foreach (var placeholder in undeclared.Where(Prints))
        {
            problems.Add(new FieldProblem(placeholder.Path, placeholder.Path, FieldProblemKind.Unknown,
                $"the template uses {placeholder.Path} but does not declare it"));
            Set(scope, placeholder.Path, PlaceholderMarkers.For(placeholder.Path));
        }
    }

    /// <summary>True when an empty value would leave a gap: printed without a <c>default</c>, not only tested in a tag.</summary>
    private static bool Prints(Placeholder placeholder) => !placeholder.HasDefault && !placeholder.InCondition;

    /// <summary>Stores a value under a dotted path as nested hashes, as Liquid looks it up.</summary>
    private static void Set(Hash scope, string path, object? value)
    {
        var parts = path.Split('.');
        var node = scope;
        foreach (var part in parts[..^1])
        {
            if (!node.TryGetValue(part, out var child) || child is not Hash hash)
            {
                hash = new Hash();
                node[part] = hash;
            }

            node = hash;
        }

        // A value never replaces an object other fields live in (order.id and order.id.check both declared).
        if (!node.TryGetValue(parts[^1], out var existing) || existing is not Hash)
        {
            node[parts[^1]] = value;
        }
    }

    private string Run(Template template, Hash scope, CultureInfo culture, List<FieldProblem> problems)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout);
        var context = new Context([scope], new Hash(), new Hash(), ErrorsOutputMode.Suppress, _options.MaxIterations, culture, timeout.Token);
        string text;
        try
        {
            text = template.Render(RenderParameters.FromContext(context, culture));
        }
        catch (MaximumIterationsExceededException)
        {
            problems.Add(TemplateProblem($"the template loops more than {_options.MaxIterations} times"));
            return string.Empty;
        }
        catch (OperationCanceledException)
        {
            problems.Add(TemplateProblem($"the template took longer than {_options.Timeout.TotalSeconds:0.###} s to render"));
            return string.Empty;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // DotLiquid reports most failures through context.Errors; anything thrown is still the template's fault, not the agent's.
            problems.Add(TemplateProblem($"template error: {ex.Message}"));
            return string.Empty;
        }

        // Reads of undefined values are expected (an optional placeholder left out); every other error is the template's.
        foreach (var message in context.Errors.Where(e => e is not VariableNotFoundException).Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            problems.Add(TemplateProblem($"template error: {message}"));
        }

        return text;
    }

    private static FieldProblem TemplateProblem(string message) => new(string.Empty, string.Empty, FieldProblemKind.Template, message);
}
