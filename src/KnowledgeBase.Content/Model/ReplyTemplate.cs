namespace KnowledgeBase.Content.Model;

/// <summary>A personalised reply template (canned response) whose body is Liquid.</summary>
public sealed record ReplyTemplate : ContentDocument
{
    public override DocumentKind Kind => DocumentKind.Template;

    /// <summary>Typed as <c>/shortcut</c> in the reply composer; unique within a language.</summary>
    public LineValue? Shortcut { get; init; }

    public IReadOnlyList<string> Channels { get; init; } = [];

    public IReadOnlyList<TemplateField> Fields { get; init; } = [];

    /// <summary>Customer messages this template answers; they help suggestions find it.</summary>
    public IReadOnlyList<string> Examples { get; init; } = [];

    /// <summary>Links the language versions of one template ("lost-parcel" in every language).</summary>
    public string? TranslationKey { get; init; }

    /// <summary>The default text first, then one variant per channel heading in the body.</summary>
    public IReadOnlyList<TemplateVariant> Variants { get; init; } = [];

    /// <summary>The text to use for a channel: its own variant, else the default text.</summary>
    public TemplateVariant VariantFor(string? channel) =>
        Variants.FirstOrDefault(v => v.Channel is not null && string.Equals(v.Channel, channel, StringComparison.OrdinalIgnoreCase))
        ?? Variants.First(v => v.Channel is null);
}
