using KnowledgeBase.Templates.Liquid;

namespace KnowledgeBase.Templates.Rendering;

/// <summary>Words a render failure for the agent and the lead: which limit it reached, or what Fluid said.</summary>
/// <remarks>
/// Fluid reports every limit as an <see cref="InvalidOperationException"/> and tells them apart only
/// in the message, so that is what is read here, in one place. <c>BoundedCostTests</c> pin each
/// wording; if an upgrade rewords one, the problem still carries Fluid's own message.
/// </remarks>
internal static class RenderLimits
{
    public static string Describe(Exception exception, TemplateRendererOptions options)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(options);
        var message = exception.Message;
        if (exception is InvalidOperationException)
        {
            if (message.Contains("collection size", StringComparison.Ordinal))
            {
                return $"the template loops more than {options.MaxIterations} times";
            }

            if (message.Contains("steps", StringComparison.Ordinal))
            {
                return $"the template takes more than {options.MaxSteps} steps to render";
            }

            if (message.Contains("output size", StringComparison.Ordinal))
            {
                return $"the template writes more than {options.MaxOutputLength} characters";
            }

            if (message.Contains("level of recursion", StringComparison.Ordinal))
            {
                return $"the template nests loops more than {LiquidEngine.MaxLoopNesting} deep";
            }
        }

        return $"template error: {message}";
    }
}
