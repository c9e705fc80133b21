namespace KnowledgeBase.Web.Authoring;

/// <summary>One template field as the editor form holds it.</summary>
public sealed class FieldDraft
{
    public string Name { get; set; } = "";

    public string Label { get; set; } = "";

    /// <summary>text, multiline, date, number or choice.</summary>
    public string Type { get; set; } = "text";

    public bool Required { get; set; }

    public string Default { get; set; } = "";

    /// <summary>Choice options, comma-separated.</summary>
    public string Options { get; set; } = "";

    public FieldDraft Copy() => (FieldDraft)MemberwiseClone();
}
