using System.Globalization;
using System.Text;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;

namespace KnowledgeBase.Application.Accounts;

// Single sign-on: accounts an identity provider signs in.
public sealed partial class AccountService
{
    private const int MaxUserNameLength = 64;

    /// <summary>
    /// Signs in someone the identity provider vouched for: the first time creates their account (no
    /// password; found again by <see cref="ExternalIdentity.Login"/>, never by name, so a local account
    /// of the same name is never taken over); every time applies the role their groups map to now and
    /// the name and e-mail the provider gives. The last active admin keeps the role (refused, audited).
    /// </summary>
    /// <exception cref="AccountException">The account is disabled.</exception>
    public UserAccount SignInExternal(ExternalIdentity identity, UserRole role, string? clientAddress = null)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentException.ThrowIfNullOrEmpty(identity.Login);
        var now = time.GetUtcNow();
        UserAccount signedIn;
        lock (_gate)
        {
            var existing = users.FindByExternalLogin(identity.Login);
            if (existing is null)
            {
                signedIn = users.Create(new UserAccount
                {
                    UserName = FreeUserName(identity),
                    DisplayName = Clean(identity.DisplayName),
                    Email = Clean(identity.Email),
                    Role = role,
                    CreatedAt = now,
                    SecurityStamp = NewStamp(),
                    ExternalLogin = identity.Login,
                });
                audit.Record(now, AuditEventType.UserAdded, AuditActor.For(signedIn, clientAddress), signedIn.Id, signedIn.UserName, $"single sign-on, role {role}");
            }
            else if (existing.IsDisabled)
            {
                audit.Record(now, AuditEventType.SignInFailed, AuditActor.For(existing, clientAddress), existing.Id, existing.UserName, "disabled (single sign-on)");
                throw new AccountException("This account is disabled. Ask an admin if this is a mistake.");
            }
            else
            {
                signedIn = existing with { DisplayName = Clean(identity.DisplayName) ?? existing.DisplayName, Email = Clean(identity.Email) ?? existing.Email };
                if (existing.Role != role && role != UserRole.Admin && IsLastActiveAdmin(existing))
                {
                    audit.Record(now, AuditEventType.ActionRefused, AuditActor.System, existing.Id, existing.UserName, $"single sign-on mapped the role to {role}; kept Admin: the last active admin must stay an admin");
                }
                else if (existing.Role != role)
                {
                    signedIn = signedIn with { Role = role, SecurityStamp = NewStamp() };
                    audit.Record(now, AuditEventType.RoleChanged, AuditActor.System, existing.Id, existing.UserName, $"{existing.Role} → {role} (single sign-on groups)");
                }

                if (signedIn != existing)
                {
                    users.Update(signedIn);
                }
            }

            audit.Record(now, AuditEventType.SignInSucceeded, AuditActor.For(signedIn, clientAddress), signedIn.Id, signedIn.UserName, "single sign-on");
        }

        Changed?.Invoke(signedIn.Id);
        return signedIn;
    }

    // The provider's user name (or e-mail, or display name) made into one of ours: lower case, no
    // accents or spaces; "-2", "-3"… when a local account already has it.
    private string FreeUserName(ExternalIdentity identity)
    {
        var wanted = UserNameFrom(identity.PreferredUserName) ?? UserNameFrom(identity.Email) ?? UserNameFrom(identity.DisplayName) ?? "sso-user";
        var name = wanted;
        for (var n = 2; users.FindByName(name) is not null; n++)
        {
            name = $"{wanted}-{n.ToString(CultureInfo.InvariantCulture)}";
        }

        return name;
    }

    private static string? UserNameFrom(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var name = new StringBuilder();
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (name.Length == MaxUserNameLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@')
            {
                name.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) && name.Length > 0 && name[^1] != '.')
            {
                name.Append('.');
            }
        }

        var result = name.ToString().Trim('.');
        return result.Length == 0 ? null : result;
    }
}
