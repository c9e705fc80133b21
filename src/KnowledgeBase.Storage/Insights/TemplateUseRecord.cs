using LiteDB;

namespace KnowledgeBase.Storage.Insights;

/// <summary>How a <see cref="TemplateUseEvent"/> is stored.</summary>
internal sealed class TemplateUseRecord
{
    public ObjectId Id { get; set; } = ObjectId.Empty;

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string TemplateId { get; set; } = string.Empty;

    public TemplateAction Action { get; set; }

    public string? Channel { get; set; }
}
