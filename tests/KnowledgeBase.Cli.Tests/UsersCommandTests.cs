using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.TestSupport;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Cli.Tests;

public sealed class UsersCommandTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "kb-tests", "cli-users-" + Guid.NewGuid().ToString("N"));

    private string[] Args(params string[] args) => [.. args, "--data", _data, "--content", RepositoryPaths.Content];

    [Fact]
    public void Add_ReadsThePasswordFromStdin_AndListShowsTheAccount_AndTheAuditLogNamesTheShellUser()
    {
        var added = KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, null,
            Args("users", "add", "Root", "--role", "admin", "--name", "Rita Root", "--email", "rita@example.com", "--password-stdin"));

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Added Root (Admin)", added.Output, StringComparison.Ordinal);
        var list = KbRunner.Run(RepositoryPaths.Root, null, Args("users", "list"));
        Assert.Equal(0, list.ExitCode);
        Assert.Matches(@"Root\s+Admin\s+active\s+Rita Root", list.Output);

        using var database = KnowledgeBaseDatabase.Open(Path.Combine(_data, "knowledgebase.db"));
        var audit = new AuditStore(database);
        var entry = Assert.Single(audit.Find(new AuditFilter(Type: AuditEventType.UserAdded)));
        Assert.Equal(("Root", "role Admin"), (entry.SubjectName, entry.Detail));
        Assert.StartsWith("kb users add (", entry.ActorName, StringComparison.Ordinal);
        var accounts = new AccountService(new UserStore(database), audit, TimeProvider.System, new AccountOptions());
        Assert.Equal(SignInStatus.Succeeded, accounts.CheckPassword("root", "password-1").Status);
    }

    [Fact]
    public void List_AsJson_GivesRolesInLowerCase()
    {
        KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, null, Args("users", "add", "anna", "--role", "Lead", "--password-stdin"));

        var list = KbRunner.Run(RepositoryPaths.Root, null, Args("users", "list", "--json"));

        Assert.Contains("\"role\": \"lead\"", list.Output.Replace("\":\"", "\": \"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Add_RefusesATakenNameInAnyCase_AndAShortPassword()
    {
        KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, null, Args("users", "add", "anna", "--role", "agent", "--password-stdin"));

        var taken = KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, null, Args("users", "add", "ANNA", "--role", "agent", "--password-stdin"));
        var shortPassword = KbRunner.RunWithInput("short\n", RepositoryPaths.Root, null, Args("users", "add", "ben", "--role", "agent", "--password-stdin"));

        Assert.Equal(2, taken.ExitCode);
        Assert.Contains("already taken", taken.Error, StringComparison.Ordinal);
        Assert.Equal(2, shortPassword.ExitCode);
        Assert.Contains("at least 8 characters", shortPassword.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_WithoutPasswordStdin_AndNoTerminal_SaysHowToPassIt()
    {
        var result = KbRunner.Run(RepositoryPaths.Root, null, Args("users", "add", "anna", "--role", "agent"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--password-stdin", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_RefusesAnUnknownRole()
    {
        var result = KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, null, Args("users", "add", "anna", "--role", "boss", "--password-stdin"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--role must be agent, lead or admin", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_FailsClearly_WhileTheDatabaseIsOpenElsewhere()
    {
        using var app = KnowledgeBaseDatabase.Open(Path.Combine(_data, "knowledgebase.db"));

        var result = KbRunner.Run(RepositoryPaths.Root, null, Args("users", "list"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is in use, probably by the running web app", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_OnADamagedDatabase_NamesTheFileAndTheWaysOut()
    {
        Directory.CreateDirectory(_data);
        File.WriteAllText(Path.Combine(_data, "knowledgebase.db"), "this is not a database\n");

        var result = KbRunner.Run(RepositoryPaths.Root, null, Args("users", "list"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"The database file {Path.Combine(_data, "knowledgebase.db")} is damaged", result.Error, StringComparison.Ordinal);
        Assert.Contains("kb restore", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("in use", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ResetPassword_FromStdin_EndsSessions_AndTheOwnerMustChooseANewOne()
    {
        KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, null, Args("users", "add", "anna", "--role", "agent", "--password-stdin"));
        string stampBefore;
        using (var database = KnowledgeBaseDatabase.Open(Path.Combine(_data, "knowledgebase.db")))
        {
            stampBefore = new UserStore(database).FindByName("anna")!.SecurityStamp;
        }

        var reset = KbRunner.RunWithInput("temporary-2\n", RepositoryPaths.Root, null, Args("users", "reset-password", "ANNA", "--password-stdin"));

        Assert.Equal(0, reset.ExitCode);
        Assert.Contains("anna must choose a new password at the next sign-in", reset.Output, StringComparison.Ordinal);
        using var after = KnowledgeBaseDatabase.Open(Path.Combine(_data, "knowledgebase.db"));
        var account = new UserStore(after).FindByName("anna")!;
        Assert.True(account.MustChangePassword);
        Assert.NotEqual(stampBefore, account.SecurityStamp);
        var accounts = new AccountService(new UserStore(after), new AuditStore(after), TimeProvider.System, new AccountOptions());
        Assert.Equal(SignInStatus.Succeeded, accounts.CheckPassword("anna", "temporary-2").Status);
        var entry = Assert.Single(new AuditStore(after).Find(new AuditFilter(Type: AuditEventType.PasswordChanged)));
        Assert.StartsWith("kb users reset-password (", entry.ActorName, StringComparison.Ordinal);
    }

    [Fact]
    public void ResetPassword_WithoutStdin_PrintsAGeneratedPassword_AsTheLastLine()
    {
        KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, null, Args("users", "add", "anna", "--role", "agent", "--password-stdin"));

        var reset = KbRunner.Run(RepositoryPaths.Root, null, Args("users", "reset-password", "anna"));

        Assert.Equal(0, reset.ExitCode);
        var generated = reset.Output.TrimEnd().Split('\n')[^1];
        Assert.Matches("^[A-Za-z0-9_-]{20,}$", generated);
        using var database = KnowledgeBaseDatabase.Open(Path.Combine(_data, "knowledgebase.db"));
        var accounts = new AccountService(new UserStore(database), new AuditStore(database), TimeProvider.System, new AccountOptions());
        Assert.Equal(SignInStatus.Succeeded, accounts.CheckPassword("anna", generated).Status);
    }

    [Fact]
    public void ResetPassword_ForAnUnknownUser_FailsWithoutChangingAnything()
    {
        KbRunner.RunWithInput("password-1\n", RepositoryPaths.Root, null, Args("users", "add", "anna", "--role", "agent", "--password-stdin"));

        var reset = KbRunner.RunWithInput("temporary-2\n", RepositoryPaths.Root, null, Args("users", "reset-password", "bob", "--password-stdin"));

        Assert.Equal(2, reset.ExitCode);
        Assert.Contains("There is no user bob", reset.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
