using KnowledgeBase.Storage.Accounts;
using Microsoft.AspNetCore.Components.Authorization;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// The signed-in user of this circuit or request, for components and services:
/// <c>@inject CurrentUser CurrentUser</c>, then <c>await CurrentUser.GetIdAsync()</c>.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, IUserStore users)
{
    /// <summary>The user's id, or null when nobody is signed in.</summary>
    public async Task<int?> GetIdAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.GetUserId();
    }

    /// <summary>The stored account (fresh from the database), or null when nobody is signed in.</summary>
    public async Task<UserAccount?> GetAsync() => await GetIdAsync() is { } id ? users.FindById(id) : null;
}
