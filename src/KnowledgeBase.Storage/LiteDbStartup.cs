using KnowledgeBase.Storage.Tokens;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Storage;

/// <summary>Opens the LiteDB file at start (see <see cref="IDatabaseStartup"/>).</summary>
internal sealed class LiteDbStartup(IServiceProvider services) : IDatabaseStartup
{
    public string Start()
    {
        var database = services.GetRequiredService<KnowledgeBaseDatabase>();

        // The access tokens' indexes are made now, not by the first page that lists tokens:
        // pages that only read must keep working while the data disk is full.
        services.GetRequiredService<AccessTokenStore>();
        return $"Database: LiteDB file {database.File}";
    }
}
