namespace KnowledgeBase.Search.Suggestions;

/// <summary>Suggests replies for what a customer wrote.</summary>
public interface ISuggestionService
{
    /// <summary>Never throws on user text: any message gives suggestions or empty lists.</summary>
    SuggestionResponse Suggest(SuggestionRequest request);
}
