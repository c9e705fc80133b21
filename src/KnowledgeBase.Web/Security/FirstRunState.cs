using KnowledgeBase.Storage.Accounts;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// Whether the app still waits for its first account. Accounts are never deleted, so once one
/// exists the answer is remembered instead of asking the database on every request.
/// </summary>
public sealed class FirstRunState(UserStore users)
{
    private volatile bool _hasUsers;

    public bool NeedsSetup
    {
        get
        {
            if (!_hasUsers)
            {
                _hasUsers = users.Any();
            }

            return !_hasUsers;
        }
    }
}
