namespace KnowledgeBase.Content.Model;

/// <summary>The input a template field asks for.</summary>
public enum TemplateFieldType
{
    Text,
    Multiline,
    Date,
    Number,
    Choice,
}
