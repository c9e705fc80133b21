namespace KnowledgeBase.TestSupport.Bitext;

/// <summary>One customer message of the Bitext intent-detection dataset and the intent it expresses.</summary>
public sealed record BitextUtterance(string Text, string Intent, string Category);
