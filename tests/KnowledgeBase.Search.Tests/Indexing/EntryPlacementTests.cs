using KnowledgeBase.Search.Indexing;

namespace KnowledgeBase.Search.Tests.Indexing;

/// <summary>An entry's role and section index share one doc value and come back unchanged.</summary>
public sealed class EntryPlacementTests
{
    [Theory]
    [InlineData(0, -1)]
    [InlineData(2, -1)]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(1, int.MaxValue - 1)]
    public void RoleAndSection_RoundTrip(int roleNumber, int sectionIndex)
    {
        var role = (EntryRole)roleNumber;
        var placement = EntryPlacement.Encode(role, sectionIndex);

        Assert.Equal(role, EntryPlacement.Role(placement));
        Assert.Equal(sectionIndex, EntryPlacement.SectionIndex(placement));
    }
}
