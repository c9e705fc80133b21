using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Web.Security.SingleSignOn;

/// <summary>
/// <c>KnowledgeBase:Authentication:Oidc</c>: an OpenID Connect provider (Entra ID, Okta, Keycloak,
/// Google Workspace…) that signs people in beside local accounts or instead of them. Off until
/// <see cref="Authority"/> and <see cref="ClientId"/> are set.
/// </summary>
public sealed class SingleSignOnOptions
{
    public const string SectionName = "KnowledgeBase:Authentication:Oidc";

    /// <summary>The authentication scheme's name, and the callback's path (<c>/signin-oidc</c>).</summary>
    public const string Scheme = "oidc";

    /// <summary>The provider's issuer address; its <c>/.well-known/openid-configuration</c> is read from there.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Keep it out of appsettings.json: an environment variable or a secrets store.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Space-separated scopes to ask for.</summary>
    public string Scope { get; set; } = "openid profile email";

    /// <summary>What the sign-in button says: "Sign in with …".</summary>
    public string DisplayName { get; set; } = "single sign-on";

    /// <summary>The claim that lists the person's groups or roles at the provider.</summary>
    public string RoleClaim { get; set; } = "groups";

    /// <summary>Group (a value of <see cref="RoleClaim"/>) → role, e.g. <c>kb-leads</c> → Lead; the highest role wins.</summary>
    public Dictionary<string, UserRole> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The role of someone in none of the mapped groups.</summary>
    public UserRole DefaultRole { get; set; } = UserRole.Agent;

    /// <summary>False: only the provider signs people in; the password form is gone and password sign-ins are refused.</summary>
    public bool LocalPasswords { get; set; } = true;

    /// <summary>Only for a provider on plain HTTP in a test setup.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);

    /// <summary>The highest role any of <paramref name="groups"/> maps to, else <see cref="DefaultRole"/>.</summary>
    public UserRole RoleFor(IEnumerable<string> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var role = DefaultRole;
        foreach (var group in groups)
        {
            if (Roles.TryGetValue(group, out var mapped) && mapped > role)
            {
                role = mapped;
            }
        }

        return role;
    }
}
