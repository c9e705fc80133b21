namespace KnowledgeBase.Web.Components.Reply;

/// <summary>What Ctrl+Enter does in a template form: copy the reply, or insert it where the agent is writing.</summary>
public enum FillerCtrlEnter
{
    Copy,
    Insert,
}
