namespace KnowledgeBase.Web.Components.Insights;

/// <summary>One bar of a <see cref="BarChart"/>.</summary>
public sealed record BarValue(string Label, int Value);
