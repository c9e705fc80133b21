namespace KnowledgeBase.Templates.Rendering;

/// <summary>Why a rendered reply is not ready to send.</summary>
public enum FieldProblemKind
{
    /// <summary>A required field, or an agent field the text prints, has no value.</summary>
    Missing,

    /// <summary>A value does not fit its field's type: not a number, not a date, not one of the options.</summary>
    Invalid,

    /// <summary>The text reads a placeholder that is neither declared nor standard.</summary>
    Unknown,

    /// <summary>The requested channel is not one the template declares.</summary>
    Channel,

    /// <summary>The template itself failed: invalid Liquid, an unknown filter, a runaway loop.</summary>
    Template,
}
