using KnowledgeBase.Content.Loading;
using KnowledgeBase.TestSupport.Hostile;

namespace KnowledgeBase.Content.Tests.FrontMatter;

/// <summary>
/// Front matter written to exhaust the parser is refused while it is read, in kilobytes and
/// milliseconds. Before the limits, the 7×10 sequence bomb here (376 bytes) allocated 245 MB in a
/// second (a 9×9 one, 80 s and 8 GB, is too big to run even as a regression test), and 10,000
/// nested flow maps overflowed the stack and killed the process.
/// </summary>
public sealed class HostileFrontMatterTests
{
    /// <summary>A refused file costs the text and a few parser buffers; an expanded bomb costs hundreds of MB.</summary>
    private const long MaxAllocatedBytes = 4 * 1024 * 1024;

    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    public static TheoryData<string, string> AliasBombs => new()
    {
        { "nested sequences", HostileYaml.SequenceBomb() },
        { "nested mappings", HostileYaml.MappingBomb() },
        { "merge keys", HostileYaml.MergeKeyBomb() },
    };

    [Theory]
    [MemberData(nameof(AliasBombs))]
    public void AliasBomb_IsRefusedAtItsFirstAnchor_WithoutExpanding(string shape, string yaml)
    {
        var run = Measure.Within(TimeLimit, () => ParserFixture.Parse("articles/en/bomb.md", HostileYaml.Document(yaml)));

        Assert.Null(run.Result.Document);
        var finding = Assert.Single(run.Result.Findings);
        Assert.Equal("yaml-anchor", finding.Code);
        Assert.Equal(3, finding.Line);
        Assert.Contains("anchor", finding.Message, StringComparison.Ordinal);
        Assert.True(run.AllocatedBytes < MaxAllocatedBytes, $"{shape}: allocated {run.AllocatedBytes:N0} bytes");
    }

    [Fact]
    public void OneHarmlessAnchor_IsRefusedToo_WithAMessageSayingWhatToDo()
    {
        var result = ParserFixture.Parse("articles/en/anchor.md", HostileYaml.Document("owner: &who Maria Novak\nreviewer: *who\n"));

        Assert.Null(result.Document);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(3, finding.Line);
        Assert.Contains("'&who'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("write the value out", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AliasWithoutAnAnchor_IsRefusedAsAnAlias()
    {
        var result = ParserFixture.Parse("articles/en/alias.md", HostileYaml.Document("related: *elsewhere\n"));

        Assert.Null(result.Document);
        var finding = Assert.Single(result.Findings);
        Assert.Equal("yaml-anchor", finding.Code);
        Assert.Contains("'*elsewhere'", finding.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> DeepNesting => new()
    {
        { "10,000 flow lists", HostileYaml.DeepFlowLists(10_000) },
        { "10,000 flow maps", HostileYaml.DeepFlowMaps(10_000) },
        { "10,000 unclosed brackets", $"x: {new string('[', 10_000)}\n" },
        { "40 indented maps", HostileYaml.DeepBlockMaps(40) },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void DeepNesting_IsRefusedAtTheDepthLimit_WithoutRecursingIntoIt(string shape, string yaml)
    {
        var run = Measure.Within(TimeLimit, () => ParserFixture.Parse("articles/en/deep.md", HostileYaml.Document(yaml)));

        Assert.Null(run.Result.Document);
        var finding = Assert.Single(run.Result.Findings);
        Assert.Equal("yaml-limit", finding.Code);
        Assert.Contains("nested more than 20 levels deep", finding.Message, StringComparison.Ordinal);
        Assert.True(run.AllocatedBytes < MaxAllocatedBytes, $"{shape}: allocated {run.AllocatedBytes:N0} bytes");
    }

    [Fact]
    public void TooManyValues_AreRefused()
    {
        var run = Measure.Within(TimeLimit, () => ParserFixture.Parse("articles/en/many.md", HostileYaml.Document(HostileYaml.ManyValues(15_000))));

        Assert.Null(run.Result.Document);
        var finding = Assert.Single(run.Result.Findings);
        Assert.Equal("yaml-limit", finding.Code);
        Assert.Contains("more than 10,000 values", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeSingleScalar_IsRefusedByTheFrontMatterSize_BeforeParsing()
    {
        var yaml = $"summary: {new string('a', 1_500_000)}\n";

        var run = Measure.Within(TimeLimit, () => ParserFixture.Parse("articles/en/huge.md", HostileYaml.Document(yaml)));

        Assert.Null(run.Result.Document);
        var finding = Assert.Single(run.Result.Findings);
        Assert.Equal("too-large", finding.Code);
        Assert.Equal(2, finding.Line);
        Assert.Contains("front matter is 1.4 MB", finding.Message, StringComparison.Ordinal);
        Assert.Contains("64 KB", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrdinaryFrontMatter_NestedAsTemplatesNestIt_StillLoads()
    {
        var result = ParserFixture.Parse("templates/en/ok.md", "---\ntitle: Ok\nfields:\n  - name: order.service\n    type: choice\n    options: [Standard, Express]\n<<: {note: merge keys without aliases are plain keys}\n---\nHi {{ order.service }}\n");

        Assert.NotNull(result.Document);
        Assert.Empty(result.Findings);
    }
}
