using System.Globalization;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;

namespace KnowledgeBase.Web.Authoring;

/// <summary>
/// SOPs and templates overdue for review, by owner. Articles use the same test as
/// <c>ReviewOverdueRule</c>; templates have no review keys of their own, so their
/// <c>owner</c>, <c>reviewed</c> and <c>review_every</c> are read from the extra front matter.
/// </summary>
public static class ReviewList
{
    public static IReadOnlyList<ReviewItem> Overdue(ContentSet content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        var items = new List<ReviewItem>();
        foreach (var document in content.Documents)
        {
            var item = document switch
            {
                Article { Reviewed: { } reviewed, ReviewEvery: { } every, ReviewDue: { } due } article when article.IsReviewOverdue(today) =>
                    new ReviewItem(article, article.Owner, reviewed, every, due),
                ReplyTemplate template => FromExtra(template, today),
                _ => null,
            };
            if (item is not null)
            {
                items.Add(item);
            }
        }

        return items.OrderBy(i => i.Owner ?? "\uffff", StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Due).ThenBy(i => i.Document.Id, StringComparer.Ordinal).ToList();
    }

    private static ReviewItem? FromExtra(ReplyTemplate template, DateOnly today)
    {
        if (template.Extra.GetValueOrDefault("reviewed") is not string reviewedText
            || !DateOnly.TryParseExact(reviewedText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reviewed)
            || template.Extra.GetValueOrDefault("review_every") is not string everyText
            || !int.TryParse(everyText, CultureInfo.InvariantCulture, out var every) || every <= 0)
        {
            return null;
        }

        var due = reviewed.AddDays(every);
        return due < today ? new ReviewItem(template, template.Extra.GetValueOrDefault("owner") as string, reviewed, every, due) : null;
    }
}
