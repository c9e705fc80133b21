namespace KnowledgeBase.Import.Placeholders;

/// <summary>
/// Finds the template syntax in a text: <c>{{ … }}</c>, <c>{% … %}</c> and, for Zammad, <c>#{…}</c>.
/// A simple scanner, not a Liquid parser: what it finds is rewritten, and the result is then parsed
/// by the engine the app renders with (Fluid), which has the last word on validity.
/// </summary>
public static class TemplateSpans
{
    /// <summary>The spans in order; an opening <c>{{</c> or <c>{%</c> that is never closed is an error.</summary>
    /// <exception cref="FormatException">An unclosed span; the message says which and where.</exception>
    public static IReadOnlyList<TemplateSpan> Find(string text, bool zammad)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TemplateSpan>();
        var i = 0;
        while (i < text.Length - 1)
        {
            if (text[i] == '{' && text[i + 1] is '{' or '%')
            {
                var close = text[i + 1] == '{' ? "}}" : "%}";
                var end = text.IndexOf(close, i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new FormatException($"'{text.Substring(i, 2)}' at character {i + 1} is never closed with '{close}'");
                }

                spans.Add(new TemplateSpan(close == "}}" ? SpanKind.Output : SpanKind.Tag, i, end + 2 - i, text[(i + 2)..end]));
                i = end + 2;
            }
            else if (zammad && text[i] == '#' && text[i + 1] == '{' && i + 2 < text.Length && text[i + 2] != '{')
            {
                var end = text.IndexOf('}', i + 2);
                var newline = text.IndexOf('\n', i + 2);
                if (end < 0 || (newline >= 0 && newline < end))
                {
                    throw new FormatException($"'#{{' at character {i + 1} is never closed with '}}'");
                }

                spans.Add(new TemplateSpan(SpanKind.Zammad, i, end + 1 - i, text[(i + 2)..end]));
                i = end + 1;
            }
            else
            {
                i++;
            }
        }

        return spans;
    }
}
