namespace KnowledgeBase.Web.Components.Pages.Accounts;

/// <summary>The first-run form's fields, bound from the posted form.</summary>
public sealed class SetupForm
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}
