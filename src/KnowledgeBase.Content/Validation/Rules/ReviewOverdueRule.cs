using KnowledgeBase.Content.Loading;

namespace KnowledgeBase.Content.Validation.Rules;

/// <summary>Warns about SOPs whose review date plus review interval has passed.</summary>
public sealed class ReviewOverdueRule(TimeProvider time) : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var today = DateOnly.FromDateTime(time.GetLocalNow().Date);
        foreach (var article in content.Articles.Where(a => a.IsReviewOverdue(today)))
        {
            yield return Finding.Warning(article.RelativePath, article.ReviewedLine, "review-overdue",
                $"review overdue since {article.ReviewDue:yyyy-MM-dd} (reviewed {article.Reviewed:yyyy-MM-dd}, every {article.ReviewEvery} days)");
        }
    }
}
