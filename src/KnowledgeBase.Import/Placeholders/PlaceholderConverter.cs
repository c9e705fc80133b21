using System.Text;
using KnowledgeBase.Import.HelpDesks;
using KnowledgeBase.Templates.Liquid;

namespace KnowledgeBase.Import.Placeholders;

/// <summary>
/// Rewrites a help desk's placeholders into ours (<see cref="PlaceholderMap"/>): in <c>{{ … }}</c>
/// outputs, in the conditions of <c>{% if %}</c>-like tags, and Zammad's <c>#{…}</c>. Filters the app's
/// engine knows are kept, others are removed (and said). "First name, space, last name" of one person
/// becomes their full name. The result is parsed by Fluid, through the same analyzer
/// <c>kb validate</c> uses, and every placeholder it reads that is not a standard field is declared.
/// </summary>
public static class PlaceholderConverter
{
    private static readonly HashSet<string> ConditionTags = new(StringComparer.Ordinal) { "if", "elsif", "unless", "case", "when" };

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "and", "or", "contains", "true", "false", "nil", "null", "empty", "blank", "else",
    };

    public static ConvertedPlaceholders Convert(HelpDesk helpDesk, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<TemplateSpan> spans;
        try
        {
            spans = TemplateSpans.Find(text, zammad: helpDesk == HelpDesk.Zammad);
        }
        catch (FormatException ex)
        {
            return ConvertedPlaceholders.Failed($"the text is not a valid template: {ex.Message}");
        }

        var notes = new List<string>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var rewrites = spans.Select(span => Rewrite(helpDesk, span, notes, labels)).ToList();
        var output = new StringBuilder(text.Length + 32);
        var position = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            output.Append(text, position, spans[i].Start - position);
            position = spans[i].End;
            if (i + 1 < spans.Count && FullName(rewrites[i], rewrites[i + 1], text[spans[i].End..spans[i + 1].Start]) is { } full)
            {
                output.Append(full);
                labels.TryAdd(PlaceholderMap.CustomerName, "Customer's name");
                position = spans[i + 1].End;
                i++;
                continue;
            }

            output.Append(rewrites[i].Text);
            if (rewrites[i].Target?.Note is { } note)
            {
                AddOnce(notes, note);
            }
        }

        output.Append(text, position, text.Length - position);
        return Declare(output.ToString(), notes, labels);
    }

    private static ConvertedPlaceholders Declare(string liquid, List<string> notes, Dictionary<string, string> labels)
    {
        var analysis = LiquidTemplateAnalyzer.Analyze(liquid);
        if (!analysis.IsValid)
        {
            return ConvertedPlaceholders.Failed($"after converting its placeholders the text is not valid Liquid (line {analysis.ErrorLine ?? 1}): {analysis.Error}");
        }

        if (analysis.Filters.FirstOrDefault(f => !LiquidFilters.IsKnown(f)) is { } unknown)
        {
            return ConvertedPlaceholders.Failed($"it uses the Liquid filter '{unknown}', which the app's engine does not have");
        }

        var paths = analysis.Placeholders.Where(p => !StandardFields.IsStandard(p.Path)).ToList();
        var fields = new List<ImportedField>();
        foreach (var placeholder in paths.OrderBy(p => p.Path, StringComparer.Ordinal))
        {
            // {% if ticket %} next to {{ ticket.id }}: declaring ticket.id covers both.
            if (paths.Any(other => other.Path.StartsWith(placeholder.Path + ".", StringComparison.Ordinal)))
            {
                continue;
            }

            var label = labels.TryGetValue(placeholder.Path, out var known) ? known : Humanize(placeholder.Path);
            fields.Add(new ImportedField(placeholder.Path, label, Required: !placeholder.HasDefault && !placeholder.InCondition));
        }

        return new ConvertedPlaceholders(liquid, fields, notes);
    }

    private static Rewritten Rewrite(HelpDesk helpDesk, TemplateSpan span, List<string> notes, Dictionary<string, string> labels) => span.Kind switch
    {
        SpanKind.Zammad => Output(helpDesk, span.Inner.Trim(), [], "{{ ", " }}", labels),
        SpanKind.Output => RewriteOutput(helpDesk, span.Inner, notes, labels),
        _ => new Rewritten(RewriteTag(helpDesk, span.Inner, labels), null, false),
    };

    private static Rewritten RewriteOutput(HelpDesk helpDesk, string inner, List<string> notes, Dictionary<string, string> labels)
    {
        // Keep Liquid's whitespace control: {{- x -}}.
        var open = inner.StartsWith('-') ? "{{- " : "{{ ";
        var close = inner.EndsWith('-') && inner.Length > 1 ? " -}}" : " }}";
        var body = inner.Trim().Trim('-').Trim();
        var parts = SplitFilters(body);
        var filters = new List<string>();
        foreach (var filter in parts.Skip(1))
        {
            var name = filter.Split(':', 2)[0].Trim();
            if (LiquidFilters.IsKnown(name))
            {
                filters.Add(filter);
            }
            else
            {
                AddOnce(notes, $"Removed the filter '{name}' from {{{{{body}}}}}: the app's Liquid engine (Fluid) has no such filter.");
            }
        }

        return Output(helpDesk, parts[0], filters, open, close, labels);
    }

    private static Rewritten Output(HelpDesk helpDesk, string head, List<string> filters, string open, string close, Dictionary<string, string> labels)
    {
        var tail = filters.Count == 0 ? string.Empty : " | " + string.Join(" | ", filters);
        if (LiquidTemplateAnalyzer.VariablePath(head) is not { } path || Words.Contains(head))
        {
            return new Rewritten(open + head + tail + close, null, filters.Count > 0);
        }

        var at = head.IndexOf('[', StringComparison.Ordinal);
        var indexer = at >= 0 ? head[at..] : string.Empty;
        var target = Map(helpDesk, path.TrimEnd('?'), labels);
        return new Rewritten(open + target.Path + indexer + tail + close, target, filters.Count > 0 || indexer.Length > 0);
    }

    /// <summary>Maps the values a condition reads; any other tag (else, endif, for, comment, …) stays as written.</summary>
    private static string RewriteTag(HelpDesk helpDesk, string inner, Dictionary<string, string> labels)
    {
        var trimmed = inner.Trim();
        var open = inner.StartsWith('-') ? "{%- " : "{% ";
        var close = inner.EndsWith('-') && inner.Length > 1 ? " -%}" : " %}";
        trimmed = trimmed.Trim('-').Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var name = space < 0 ? trimmed : trimmed[..space];
        if (!ConditionTags.Contains(name) || space < 0)
        {
            return "{%" + inner + "%}";
        }

        var condition = new StringBuilder();
        var rest = trimmed[space..];
        var i = 0;
        while (i < rest.Length)
        {
            var c = rest[i];
            if (c is '"' or '\'')
            {
                var end = rest.IndexOf(c, i + 1);
                end = end < 0 ? rest.Length - 1 : end;
                condition.Append(rest, i, end + 1 - i);
                i = end + 1;
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < rest.Length && (char.IsLetterOrDigit(rest[i]) || rest[i] is '_' or '.' or '?' or '-'))
                {
                    i++;
                }

                var word = rest[start..i];
                condition.Append(Words.Contains(word) || LiquidTemplateAnalyzer.VariablePath(word) is not { } path
                    ? word
                    : Map(helpDesk, path.TrimEnd('?'), labels).Path);
            }
            else
            {
                condition.Append(c);
                i++;
            }
        }

        return open + name + condition + close;
    }

    private static PlaceholderTarget Map(HelpDesk helpDesk, string path, Dictionary<string, string> labels)
    {
        var target = PlaceholderMap.Map(helpDesk, path);
        if (target.Label.Length > 0)
        {
            labels.TryAdd(target.Path, target.Label);
        }

        return target;
    }

    /// <summary><c>{{ first }} {{ last }}</c> of the same person, without filters: their full name.</summary>
    private static string? FullName(Rewritten first, Rewritten second, string between)
    {
        if (between != " " || first.HasFilters || second.HasFilters
            || first.Target is not { Part: NamePart.First, Person: { } person }
            || second.Target is not { Part: NamePart.Last } last || last.Person != person)
        {
            return null;
        }

        return person == "agent" ? "{{ agent.name }}" : "{{ " + PlaceholderMap.CustomerName + " }}";
    }

    /// <summary>Splits <c>x | append: "a|b" | upcase</c> at the bars outside quotes.</summary>
    private static List<string> SplitFilters(string body)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in body)
        {
            if (quote is null && c == '|')
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
                continue;
            }

            if (c is '"' or '\'')
            {
                quote = quote == c ? null : quote ?? c;
            }

            current.Append(c);
        }

        parts.Add(current.ToString().Trim());
        return parts;
    }

    private static string Humanize(string path)
    {
        var text = string.Join(' ', path.Replace('.', ' ').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 ? path : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static void AddOnce(List<string> notes, string note)
    {
        if (!notes.Contains(note))
        {
            notes.Add(note);
        }
    }

    private sealed record Rewritten(string Text, PlaceholderTarget? Target, bool HasFilters);
}
