using KnowledgeBase.Web.Insights;
using Microsoft.AspNetCore.Components;

namespace KnowledgeBase.Web.Components.Insights;

/// <summary>
/// Thumbs up or down on an article, with an optional comment. The vote is recorded when a thumb
/// is pressed (most agents will not write a comment); sending a comment, or changing the thumb,
/// records the vote again and replaces the earlier one.
/// </summary>
public sealed partial class HelpfulVote
{
    // One ballot per article view: without accounts it is what lets a later comment replace the vote.
    private Guid _ballot = Guid.NewGuid();
    private string? _documentId;
    private bool? _helpful;
    private string? _comment;
    private bool _commentSent;

    [Inject]
    private InsightRecorder Insights { get; set; } = null!;

    [Parameter, EditorRequired]
    public string DocumentId { get; set; } = string.Empty;

    protected override void OnParametersSet()
    {
        if (_documentId != DocumentId)
        {
            _documentId = DocumentId;
            _ballot = Guid.NewGuid();
            _helpful = null;
            _comment = null;
            _commentSent = false;
        }
    }

    private void Vote(bool helpful)
    {
        _helpful = helpful;
        _commentSent = false;
        Insights.RecordVote(DocumentId, helpful, _comment, _ballot);
    }

    private void SendComment()
    {
        if (_helpful is { } helpful && !string.IsNullOrWhiteSpace(_comment))
        {
            Insights.RecordVote(DocumentId, helpful, _comment, _ballot);
            _commentSent = true;
        }
    }

    // The box owns its text (no value rendered back), so a re-render never drops keystrokes in flight.
    private void OnComment(ChangeEventArgs e) => _comment = e.Value?.ToString();

    private string Pressed(bool helpful) => _helpful == helpful ? "true" : "false";
}
