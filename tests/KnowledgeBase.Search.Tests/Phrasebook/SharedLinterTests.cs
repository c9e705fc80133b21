using KnowledgeBase.Search.Phrasebook;
using static KnowledgeBase.Search.Tests.Phrasebook.TestPhrasebooks;

namespace KnowledgeBase.Search.Tests.Phrasebook;

public sealed class SharedLinterTests
{
    private static SharedLinter Shared()
    {
        var linter = Linter("en", "Unfortunately");
        return new SharedLinter(linter, new Dictionary<string, KnowledgeBase.Content.Phrasebook.Phrasebook>());
    }

    [Fact]
    public void AReplacedLinter_StillServesTheCallThatHoldsIt_AndIsDisposedWhenThatCallEnds()
    {
        var shared = Shared();
        Assert.True(shared.TryAcquire());

        shared.Release(); // the owner replaces it
        var stillUsable = shared.Linter.Lint("Unfortunately.", "en");
        shared.Release(); // the call ends

        Assert.Single(stillUsable);
        Assert.Throws<ObjectDisposedException>(() => shared.Linter.Lint("Unfortunately.", "en"));
    }

    [Fact]
    public void ADisposedLinter_CannotBeAcquiredAgain()
    {
        var shared = Shared();

        shared.Release();

        Assert.False(shared.TryAcquire());
    }
}
