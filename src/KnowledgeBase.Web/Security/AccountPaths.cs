namespace KnowledgeBase.Web.Security;

/// <summary>The account pages' addresses.</summary>
public static class AccountPaths
{
    public const string Setup = "/setup";
    public const string Login = "/login";
    public const string Logout = "/logout";
    public const string Users = "/admin/users";
    public const string ChangePassword = "/account/password";

    /// <summary>The return address when it stays inside the app, else the home page (no open redirects).</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            && !url.StartsWith(Login, StringComparison.OrdinalIgnoreCase) && !url.StartsWith(Setup, StringComparison.OrdinalIgnoreCase)
            ? url
            : "/";
}
