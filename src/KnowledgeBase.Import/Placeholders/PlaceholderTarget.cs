namespace KnowledgeBase.Import.Placeholders;

/// <summary>What a help desk's placeholder becomes in a template.</summary>
/// <param name="Path">Our placeholder: <c>customer.first_name</c>, <c>agent.name</c>, or a field the form asks for (<c>ticket.id</c>).</param>
/// <param name="Label">The form's label when <paramref name="Path"/> is a field to declare.</param>
/// <param name="Person"><c>customer</c> or <c>agent</c> when it prints part of a name.</param>
/// <param name="Note">What the report says about this mapping, when it is not one to one.</param>
public sealed record PlaceholderTarget(string Path, string Label, NamePart Part = NamePart.None, string? Person = null, string? Note = null);
