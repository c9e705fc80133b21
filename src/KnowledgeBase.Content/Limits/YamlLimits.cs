namespace KnowledgeBase.Content.Limits;

/// <summary>The bounds one YAML text is read under, and the setting to name when its size is over.</summary>
internal sealed record YamlLimits(long MaxBytes, string SizeSetting, int MaxDepth, int MaxNodes)
{
    public static YamlLimits ForFrontMatter(ContentLimitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.MaxFrontMatterBytes, Setting(nameof(ContentLimitsOptions.MaxFrontMatterBytes)), options.MaxYamlDepth, options.MaxYamlNodes);
    }

    public static YamlLimits ForYamlFile(ContentLimitsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.MaxYamlFileBytes, Setting(nameof(ContentLimitsOptions.MaxYamlFileBytes)), options.MaxYamlDepth, options.MaxYamlNodes);
    }

    /// <summary>The configuration key an administrator would raise, e.g. <c>KnowledgeBase:ContentLimits:MaxFileBytes</c>.</summary>
    public static string Setting(string property) => $"{ContentLimitsOptions.SectionName}:{property}";
}
