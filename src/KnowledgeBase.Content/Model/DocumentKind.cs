namespace KnowledgeBase.Content.Model;

/// <summary>What a content file is: an SOP article or a reply template.</summary>
public enum DocumentKind
{
    Article,
    Template,
}
