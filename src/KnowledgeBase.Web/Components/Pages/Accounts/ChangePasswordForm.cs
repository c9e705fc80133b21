namespace KnowledgeBase.Web.Components.Pages.Accounts;

/// <summary>The password form's fields, bound from the posted form.</summary>
public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}
