namespace KnowledgeBase.Web.Services;

/// <summary>Tunables of the reply composer, bound from <c>KnowledgeBase:ReplyUi</c>.</summary>
public sealed class ReplyUiOptions
{
    public const string SectionName = "KnowledgeBase:ReplyUi";

    /// <summary>How long the customer's message must stay unchanged before suggestions update.</summary>
    public TimeSpan SuggestDebounce { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How many templates the "/" picker and the suggestions show.</summary>
    public int Templates { get; set; } = 5;

    /// <summary>How many SOP sections the suggestions show.</summary>
    public int Sections { get; set; } = 3;
}
