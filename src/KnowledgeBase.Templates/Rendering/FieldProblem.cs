namespace KnowledgeBase.Templates.Rendering;

/// <summary>One reason a reply is incomplete, worded for the agent who has to fix it.</summary>
/// <param name="Field">The field name or placeholder path; <c>channel</c> for a channel problem, empty for a template problem.</param>
/// <param name="Label">What the form calls it: the field's label, else the path.</param>
/// <param name="Message">Shown as is, e.g. <c>missing required field: order.id</c>.</param>
public sealed record FieldProblem(string Field, string Label, FieldProblemKind Kind, string Message);
