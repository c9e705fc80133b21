using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Web.Security;
using Microsoft.AspNetCore.Components;

namespace KnowledgeBase.Web.Components.Pages.Authoring;

/// <summary>The check every change in the editor makes first, at the moment of the change.</summary>
public sealed partial class EditPage
{
    [Inject]
    private AccessCheck Access { get; set; } = null!;

    /// <summary>
    /// Asks, before anything is written, whether the signed-in user is still an enabled lead with a
    /// live session: the page's policy was checked when it opened, and the tab may have outlived that.
    /// A refusal leaves the draft on screen (and in the browser's draft store) and says so.
    /// </summary>
    private async Task<bool> AllowedAsync(string action, string refusedAs)
    {
        var access = await Access.CheckAsync(UserRole.Lead, action);
        S.Refused = access.IsAllowed ? null : $"{refusedAs}: {access.Refusal} Your text is still here: copy it before you leave this page.";
        return access.IsAllowed;
    }
}
