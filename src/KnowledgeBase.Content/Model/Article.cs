namespace KnowledgeBase.Content.Model;

/// <summary>A standard operating procedure (SOP) article.</summary>
public sealed record Article : ContentDocument
{
    public override DocumentKind Kind => DocumentKind.Article;

    public string? Summary { get; init; }

    /// <summary>Phrases that should find this article even when its text does not contain them.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public string? Owner { get; init; }

    public DateOnly? Reviewed { get; init; }

    /// <summary>1-based line of the <c>reviewed:</c> key, for findings about it.</summary>
    public int ReviewedLine { get; init; } = 1;

    /// <summary>Review interval in days.</summary>
    public int? ReviewEvery { get; init; }

    /// <summary>Links the language versions of one SOP.</summary>
    public string? TranslationKey { get; init; }

    /// <summary>The date after which the article is overdue for review, if it has a review cycle.</summary>
    public DateOnly? ReviewDue => Reviewed is { } reviewed && ReviewEvery is { } days ? reviewed.AddDays(days) : null;

    public bool IsReviewOverdue(DateOnly today) => ReviewDue is { } due && due < today;
}
