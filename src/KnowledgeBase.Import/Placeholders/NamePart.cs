namespace KnowledgeBase.Import.Placeholders;

/// <summary>Which part of a person's name a help desk's placeholder prints, so "first last" can become one full name.</summary>
public enum NamePart
{
    None,
    First,
    Last,
}
