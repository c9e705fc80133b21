using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Storage.Tests.Faults;

/// <summary>A damaged database file is named, with the ways out, instead of a bare LiteDB exception.</summary>
public sealed class CorruptDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kb-tests", "corrupt-" + Guid.NewGuid().ToString("N"));

    private string File => Path.Combine(_folder, "knowledgebase.db");

    public CorruptDatabaseTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void AFileThatIsNotADatabase_NamesTheFile_AndTheWaysOut()
    {
        var garbage = new byte[16 * 1024];
        new Random(7).NextBytes(garbage);
        System.IO.File.WriteAllBytes(File, garbage);

        var error = Assert.ThrowsAny<Exception>(() => KnowledgeBaseDatabase.Open(File));

        AssertNamesTheWaysOut(error);
    }

    [Fact]
    public void AShortFile_IsNotQuietlyReplacedByAnEmptyDatabase()
    {
        System.IO.File.WriteAllText(File, "not a database at all\n");

        var error = Assert.ThrowsAny<Exception>(() => KnowledgeBaseDatabase.Open(File));

        AssertNamesTheWaysOut(error);
        Assert.Equal("not a database at all\n", System.IO.File.ReadAllText(File));
    }

    [Fact]
    public void ATruncatedDatabase_IsReportedWhenOpened_NotOnSomeLaterRequest()
    {
        using (var database = KnowledgeBaseDatabase.Open(File))
        {
            var accounts = new AccountService(new UserStore(database), new AuditStore(database), TimeProvider.System, new AccountOptions());
            for (var i = 0; i < 300; i++)
            {
                accounts.Users.Create(new UserAccount { UserName = $"user{i}", DisplayName = new string('n', 200), PasswordHash = "x" });
            }
        }

        using (var stream = new FileStream(File, FileMode.Open))
        {
            stream.SetLength(stream.Length / 2);
        }

        var error = Assert.ThrowsAny<Exception>(() => KnowledgeBaseDatabase.Open(File));

        AssertNamesTheWaysOut(error);
    }

    [Fact]
    public void AfterAReportedCorruptFile_MovingItAside_LetsTheAppStartFresh()
    {
        System.IO.File.WriteAllText(File, "not a database at all\n");
        Assert.ThrowsAny<Exception>(() => KnowledgeBaseDatabase.Open(File));

        System.IO.File.Move(File, File + ".damaged");

        using var fresh = KnowledgeBaseDatabase.Open(File);
        Assert.Equal(0, new UserStore(fresh).Count());
    }

    private void AssertNamesTheWaysOut(Exception error)
    {
        Assert.Contains($"The database file {File} is damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains("kb restore", error.Message, StringComparison.Ordinal);
        Assert.Contains("move the file aside", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("in use", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
