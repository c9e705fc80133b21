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
    // A thumb drawn inline: emoji fonts are missing on some agents' machines.
    private const string ThumbPath = "M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z";

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
