namespace KnowledgeBase.Search.Indexing;

/// <summary>
/// An entry's role and section index as one numeric doc value (<see cref="SearchFields.Placement"/>).
/// Lucene.NET measures a numeric doc-values buffer by walking it with reflection on every value it
/// adds; one value per entry instead of two halved that part of a bulk build.
/// </summary>
internal static class EntryPlacement
{
    public static long Encode(EntryRole role, int sectionIndex) => ((long)role << 32) | (uint)(sectionIndex + 1);

    public static EntryRole Role(long placement) => (EntryRole)(placement >> 32);

    /// <summary>The entry's index in the document's sections; -1 for the head and the whole document.</summary>
    public static int SectionIndex(long placement) => (int)(placement & uint.MaxValue) - 1;
}
