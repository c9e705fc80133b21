using System.Text.Json.Serialization;

namespace KnowledgeBase.Web.Api.Contract;

/// <summary>A field of a template's form.</summary>
/// <param name="Name">The declared dotted name (<c>customer.first_name</c>): the key in render's <c>values</c>.</param>
/// <param name="Type"><c>text</c>, <c>multiline</c>, <c>date</c> (yyyy-mm-dd), <c>number</c> or <c>choice</c>.</param>
/// <param name="Options">For <c>choice</c>: the allowed values; left out otherwise.</param>
/// <param name="Default">The value used when none is given; left out when there is none.</param>
public sealed record TemplateFieldJson(
    string Name,
    string Label,
    string Type,
    bool Required,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Options,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Default);
