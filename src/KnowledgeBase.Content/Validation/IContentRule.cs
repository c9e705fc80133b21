using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Content.Validation;

/// <summary>One check <c>kb validate</c> runs over a whole content set.</summary>
public interface IContentRule
{
    IEnumerable<Finding> Check(ContentSet content);
}
