namespace KnowledgeBase.Cli.Tests;

public sealed class HelpTests
{
    [Theory]
    [InlineData("validate", "--content")]
    [InlineData("show", "--html")]
    [InlineData("index", "--content")]
    [InlineData("search", "--batch")]
    [InlineData("render", "--set")]
    [InlineData("suggest", "--message")]
    [InlineData("lint", "--lang")]
    [InlineData("users add", "--password-stdin")]
    [InlineData("users list", "--data")]
    [InlineData("tokens add", "--expires")]
    [InlineData("tokens list", "USER")]
    [InlineData("tokens revoke", "ID")]
    [InlineData("backup", "--to")]
    [InlineData("restore", "FILE|DIR")]
    [InlineData("import", "--dry-run")]
    [InlineData("db migrate", "--connection")]
    [InlineData("db copy", "--to-postgres")]
    public void EveryCommand_HasHelp(string command, string option)
    {
        var result = KbRunner.Run([.. command.Split(' '), "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains(option, result.Output, StringComparison.Ordinal);
        Assert.Contains("--json", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void RootHelp_ListsTheCommands()
    {
        var result = KbRunner.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("validate", result.Output, StringComparison.Ordinal);
        Assert.Contains("show", result.Output, StringComparison.Ordinal);
        Assert.Contains("render", result.Output, StringComparison.Ordinal);
        Assert.Contains("lint", result.Output, StringComparison.Ordinal);
        Assert.Contains("users", result.Output, StringComparison.Ordinal);
        Assert.Contains("tokens", result.Output, StringComparison.Ordinal);
        Assert.Contains("backup", result.Output, StringComparison.Ordinal);
        Assert.Contains("restore", result.Output, StringComparison.Ordinal);
        Assert.Contains("import", result.Output, StringComparison.Ordinal);
    }
}
