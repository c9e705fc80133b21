namespace KnowledgeBase.Storage.Insights;

/// <summary>What an agent did with a filled template.</summary>
public enum TemplateAction
{
    Copied,
    Inserted,
}
