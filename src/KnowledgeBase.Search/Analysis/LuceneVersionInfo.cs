using Lucene.Net.Util;

namespace KnowledgeBase.Search.Analysis;

/// <summary>The one place that names the Lucene compatibility version.</summary>
internal static class LuceneVersionInfo
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
}
