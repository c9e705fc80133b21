namespace KnowledgeBase.Import.Reporting;

/// <summary>What an import did (or, in a dry run, would do) with one item.</summary>
public enum ImportOutcome
{
    /// <summary>A new template file.</summary>
    Written,

    /// <summary>The template imported earlier now has the help desk's current text.</summary>
    Updated,

    /// <summary>The template imported earlier already says exactly this.</summary>
    Unchanged,

    /// <summary>Not imported; <see cref="ImportItemResult.Reason"/> says why.</summary>
    Skipped,
}
