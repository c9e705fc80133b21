using System.Diagnostics;
using KnowledgeBase.TestSupport;
using KnowledgeBase.TestSupport.Hostile;

namespace KnowledgeBase.Cli.Tests;

/// <summary>
/// <c>kb validate</c> and <c>kb search</c> on a content folder holding an alias bomb and a link to
/// <c>/etc/passwd</c>. Before the limits, <c>kb validate</c> took 4.4 s and 276 MB for this 376-byte
/// bomb (80 s and 8 GB for a 9×9 one) and loaded <c>/etc/passwd</c> as an article.
/// </summary>
[Collection(MeasuredCollection.Name)]
public sealed class HostileContentTests : IDisposable
{
    /// <summary>What a whole <c>kb validate</c> run may allocate: start-up, the command line, the loader, the rules.</summary>
    private const long MaxAllocatedBytes = 16L * 1024 * 1024;

    private readonly TempContentFolder _folder = new();
    private readonly TempContentFolder _warmUp = new();

    public HostileContentTests()
    {
        _folder.Article("articles/en/good", "title: Delivery times", "Parcels to Brno arrive in two working days.\n");
        _folder.Write("templates/en/fine.md", "---\ntitle: Fine\n---\nHello {{ agent.name }}\n");
        _folder.Write("articles/en/bomb.md", HostileYaml.Document(HostileYaml.SequenceBomb(), "Bomb"));
        _folder.Link("articles/en/passwd.md", "/etc/passwd");
        _warmUp.Article("articles/en/good", "title: Warm-up");
    }

    public void Dispose()
    {
        _folder.Dispose();
        _warmUp.Dispose();
    }

    [Fact]
    public void Validate_WithAnAliasBombAndALinkToEtcPasswd_ExitsOneWithinASecond_NamingBoth()
    {
        // The first command in a process pays for JIT and start-up; that is not what is measured here.
        KbRunner.Run("validate", "--content", _warmUp.Root);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var result = KbRunner.Run("validate", "--content", _folder.Root);

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.Equal(1, result.ExitCode);
        var errors = result.Output.Split('\n').Where(l => l.Contains(": error:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.StartsWith(Path.Combine(_folder.Root, "articles/en/bomb.md") + ":3: error: YAML anchor '&l0'", errors[0], StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(_folder.Root, "articles/en/passwd.md") + ":1: error: symbolic link to '/etc/passwd'", errors[1], StringComparison.Ordinal);
        Assert.Contains("1 articles, 1 templates: 2 errors", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", result.Output, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed.TotalMilliseconds:N0} ms");
        Assert.True(allocated < MaxAllocatedBytes, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Search_WithAnAliasBombAndALinkToEtcPasswd_FindsTheGoodArticle_AndNothingFromTheLink()
    {
        var data = Path.Combine(_folder.Root, ".data");

        var good = KbRunner.Run("search", "delivery brno", "--content", _folder.Root, "--data", data);
        var leaked = KbRunner.Run("search", "root", "--content", _folder.Root, "--data", data);

        Assert.Equal(0, good.ExitCode);
        Assert.Contains("articles/en/good", good.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("articles/en/passwd", leaked.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("articles/en/bomb", leaked.Output + good.Output, StringComparison.Ordinal);
    }
}
