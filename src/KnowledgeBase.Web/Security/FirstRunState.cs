using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Web.Security.SingleSignOn;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// Whether the app still waits for its first account. Accounts are never deleted, so once one
/// exists the answer is remembered instead of asking the database on every request. With single
/// sign-on only, there is no setup: the provider's first sign-in creates the first account.
/// </summary>
public sealed class FirstRunState(IUserStore users, IOptions<SingleSignOnOptions> singleSignOn)
{
    private volatile bool _hasUsers;

    public bool NeedsSetup
    {
        get
        {
            if (singleSignOn.Value is { IsEnabled: true, LocalPasswords: false })
            {
                return false;
            }

            if (!_hasUsers)
            {
                _hasUsers = users.Any();
            }

            return !_hasUsers;
        }
    }
}
