using System.Text.Json;

namespace KnowledgeBase.Web.Authoring;

/// <summary>
/// The editor form's values without the body, as JSON: the browser keeps them beside the body in
/// its draft, and gives them back when the lead restores the draft.
/// </summary>
public static class DraftFields
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson(EditorDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var fields = draft.Copy();
        fields.Body = "";
        return JsonSerializer.Serialize(fields, Json);
    }

    /// <summary>The form values from <paramref name="json"/> with <paramref name="body"/>; null when the JSON is not a draft.</summary>
    public static EditorDraft? FromJson(string? json, string body)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            var draft = JsonSerializer.Deserialize<EditorDraft>(json, Json);
            if (draft is not null)
            {
                draft.Body = body;
                draft.Fields ??= [];
            }

            return draft;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
