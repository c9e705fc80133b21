using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Storage.Audit;

/// <summary>Who did something, and from where (the client's address, when a request carried it).</summary>
public sealed record AuditActor(int? UserId, string Name, string? ClientAddress = null)
{
    /// <summary>Changes made outside the web app (the <c>kb</c> command line) or by the app itself.</summary>
    public static AuditActor System { get; } = new(null, "system");

    public static AuditActor For(UserAccount user, string? clientAddress = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new AuditActor(user.Id, user.UserName, clientAddress);
    }
}
