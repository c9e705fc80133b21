using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.Content.Validation.Rules;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeBase.Content.Tests;

/// <summary>The real loader and validator, with a clock fixed at 2026-11-23.</summary>
internal static class ContentFactory
{
    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public static ContentLoader Loader { get; } = new(new DocumentParser(ParserFixture.Markdown));

    public static ContentValidator Validator { get; } = new(
    [
        new RelatedIdsRule(), new RelativeLinksRule(), new DuplicateShortcutRule(), new ReplyPartsRule(), new ReviewOverdueRule(Clock), new TranslationKeyRule(), new KnowledgeBase.Content.Onboarding.OnboardingRule(),
        new OutdatedTranslationRule(), new ChecksReviewRule(), new MediaReferencesRule(),
    ]);

    public static ValidationReport Validate(string root) => Validator.Validate(Loader.Load(root));
}
