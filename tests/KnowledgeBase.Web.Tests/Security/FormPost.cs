using System.Net;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>Submits the app's static forms the way a browser does: fetch the page, post its antiforgery token back.</summary>
internal static partial class FormPost
{
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var match = TokenPattern().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"no antiforgery token on {path}:\n{html}");
    }

    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string formName, params (string Name, string Value)[] fields)
    {
        var token = await TokenAsync(client, path);
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("_handler", formName) };
        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        return await client.PostAsync(path, new FormUrlEncodedContent(values));
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string path = "/login") =>
        SubmitAsync(client, path, "login", ("Input.UserName", userName), ("Input.Password", password));

    /// <summary>Where a redirect points, as a local path and query (Blazor's redirects are absolute).</summary>
    public static string? Target(this HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
