using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KnowledgeBase.Storage.Postgres.Hosting;

/// <summary>
/// For <c>dotnet ef migrations add</c> only: the tool needs a context without the app's host. Adding a
/// migration never connects; the connection string is a placeholder (or <c>KB_EF_CONNECTION</c>).
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<KnowledgeBaseDbContext>
{
    public KnowledgeBaseDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<KnowledgeBaseDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("KB_EF_CONNECTION") ?? "Host=127.0.0.1;Database=knowledgebase;Username=knowledgebase")
            .Options);
}
