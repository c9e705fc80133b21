using System.Text.RegularExpressions;
using Fluid;

namespace KnowledgeBase.Templates.Liquid;

/// <summary>Turns Fluid's parse errors into one sentence and the line it is about.</summary>
internal static partial class LiquidSyntaxError
{
    /// <summary>
    /// Fluid's message is "what at (line:column)" followed by the offending source line. The line goes
    /// into the finding's own position, and the source stays out of it: a finding is one line of text,
    /// and template text has no business in a log line or on a page as if it were our message.
    /// </summary>
    public static (string Message, int Line) Describe(ParseException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var source = message.IndexOf("\nSource:", StringComparison.Ordinal);
        if (source >= 0)
        {
            message = message[..source];
        }

        message = Position().Replace(message, string.Empty).Trim();
        if (message.Contains("recursion depth", StringComparison.Ordinal) || message.Contains("nested too deeply", StringComparison.Ordinal))
        {
            message = $"tags, conditions or filters are nested too deeply (Fluid allows a depth of {LiquidEngine.MaxNesting})";
        }

        return (message.Length == 0 ? "the text cannot be parsed" : message, Math.Max(1, exception.Position?.Line ?? 1));
    }

    [GeneratedRegex(@"\s*at \(\d+:\d+\)\s*$")]
    private static partial Regex Position();
}
