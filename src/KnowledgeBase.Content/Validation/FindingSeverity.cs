namespace KnowledgeBase.Content.Validation;

public enum FindingSeverity
{
    Warning,
    Error,
}
