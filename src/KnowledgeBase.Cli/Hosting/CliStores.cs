using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Tokens;

namespace KnowledgeBase.Cli.Hosting;

/// <summary>The stores <c>kb users</c> and <c>kb tokens</c> work on, on whichever provider the settings name.</summary>
/// <param name="Location">Where they are, for messages: the LiteDB file, or "the PostgreSQL database".</param>
public sealed record CliStores(IUserStore Users, IAuditStore Audit, IAccessTokenStore Tokens, string Location);
