namespace KnowledgeBase.Templates.Liquid;

/// <summary>A value a template reads, e.g. <c>customer.first_name</c>, and whether a fallback covers it.</summary>
/// <param name="Path">The dotted path as written, without filters.</param>
/// <param name="HasDefault">
/// True when every output of it applies a <c>default</c> filter, so an empty value is fine; reads
/// in tags do not count (<c>{% if x %}{{ x | default: "-" }}{% endif %}</c> is covered).
/// </param>
/// <param name="InCondition">True when only a tag reads it (<c>{% if order.express %}</c>); empty is then fine too.</param>
public sealed record Placeholder(string Path, bool HasDefault, bool InCondition);
