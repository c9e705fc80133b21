using System.Text.Json;
using KnowledgeBase.Application.Tokens;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Tokens;
using KnowledgeBase.TestSupport;

namespace KnowledgeBase.Cli.Tests;

public sealed class TokensCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "cli-tokens-" + Guid.NewGuid().ToString("N"));

    public TokensCommandTests() =>
        Assert.Equal(0, KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, null, Args("users", "add", "anna", "--role", "agent", "--password-stdin")).ExitCode);

    private string[] Args(params string[] args) => [.. args, "--data", _data, "--content", RepositoryPaths.Content];

    [Fact]
    public void Add_PrintsTheTokenAsTheLastLine_AndItAuthenticatesAsTheUser()
    {
        var result = KbRunner.Run(RepositoryPaths.Root, null, Args("tokens", "add", "anna", "--name", "Zendesk sidebar", "--expires", "30"));

        Assert.Equal(0, result.ExitCode);
        var token = result.Output.TrimEnd().Split('\n')[^1];
        Assert.Matches("^kb_[A-Za-z0-9_-]{43}$", token);
        using var database = KnowledgeBaseDatabase.Open(Path.Combine(_data, "knowledgebase.db"));
        var users = new UserStore(database);
        var audit = new AuditStore(database);
        var check = new AccessTokenService(new AccessTokenStore(database), users, audit, TimeProvider.System).Authenticate(token);
        Assert.Equal("anna", check.User?.UserName);
        var entry = Assert.Single(audit.Find(new AuditFilter(Type: AuditEventType.TokenCreated)));
        Assert.StartsWith("kb tokens add (", entry.ActorName, StringComparison.Ordinal);
    }

    [Fact]
    public void List_ShowsNameAndPrefix_NeverTheToken_AndRevokeEndsIt()
    {
        var token = KbRunner.Run(RepositoryPaths.Root, null, Args("tokens", "add", "anna", "--name", "script")).Output.TrimEnd().Split('\n')[^1];

        var list = KbRunner.Run(RepositoryPaths.Root, null, Args("tokens", "list", "anna", "--json"));
        var listed = Assert.Single(JsonDocument.Parse(list.Output).RootElement.EnumerateArray());
        var revoke = KbRunner.Run(RepositoryPaths.Root, null, Args("tokens", "revoke", listed.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var again = KbRunner.Run(RepositoryPaths.Root, null, Args("tokens", "revoke", listed.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var human = KbRunner.Run(RepositoryPaths.Root, null, Args("tokens", "list"));

        Assert.Equal(("script", "anna", token[..8]), (listed.GetProperty("name").GetString(), listed.GetProperty("user").GetString(), listed.GetProperty("prefix").GetString()));
        Assert.DoesNotContain(token, list.Output, StringComparison.Ordinal);
        Assert.Equal(0, revoke.ExitCode);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already revoked", again.Error, StringComparison.Ordinal);
        Assert.Contains("revoked", human.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(token, human.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nobody", "--name", "x", "there is no user 'nobody'")]
    [InlineData("anna", "--name", " ", "Give the token a name")]
    public void Add_RefusesAnUnknownUser_OrABlankName(string user, string option, string value, string message)
    {
        var result = KbRunner.Run(RepositoryPaths.Root, null, Args("tokens", "add", user, option, value));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_RefusesAnExpiryOutOfRange()
    {
        var result = KbRunner.Run(RepositoryPaths.Root, null, Args("tokens", "add", "anna", "--name", "x", "--expires", "0"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("1 to 3650 days", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
