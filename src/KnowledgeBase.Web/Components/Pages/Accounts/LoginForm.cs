namespace KnowledgeBase.Web.Components.Pages.Accounts;

/// <summary>The sign-in form's fields, bound from the posted form.</summary>
public sealed class LoginForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }
}
