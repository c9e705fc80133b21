using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Validation;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Validation;

/// <summary>Every synonym rule compiles with its language's analyzers; a rule that cannot is reported on its line.</summary>
public sealed class SynonymsRule : IContentRule
{
    public IEnumerable<Finding> Check(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return SynonymSet.Build(content.Synonyms).Problems.Select(problem =>
            Finding.Error($"{Content.Loading.ContentLayout.SynonymsFolder}/{problem.Language}.txt", problem.Line, "synonyms",
                $"synonym rule cannot be used: {problem.Message}"));
    }
}
