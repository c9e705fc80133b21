using System.Net.Http.Headers;
using KnowledgeBase.Application.Tokens;
using KnowledgeBase.Search.Hosting;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Web.Tests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Web.Tests.Api;

/// <summary>The whole app (real LiteDB file, real index) over <see cref="ApiContent"/>, started and indexed once per test class.</summary>
public sealed class ApiApp : IAsyncLifetime
{
    public const string ExtensionOrigin = "chrome-extension://kbtestextensionidabcdefghijklmno";
    private int _users;

    public ApiApp()
        : this(new Dictionary<string, string?>())
    {
    }

    internal ApiApp(IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings) { ["KnowledgeBase:Api:AllowedOrigins:0"] = ExtensionOrigin };
        Factory = new KnowledgeBaseFactory(ApiContent.Write, all);
    }

    public KnowledgeBaseFactory Factory { get; }

    public AccessTokenService Tokens => Factory.Services.GetRequiredService<AccessTokenService>();

    public async Task InitializeAsync() => await Factory.Services.GetRequiredService<ContentPipeline>().Ready;

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A new account with a token of its own, and a client that sends the token.</summary>
    public (UserAccount User, string Token, HttpClient Client) NewAgent(UserRole role = UserRole.Agent, string? displayName = null)
    {
        var user = Factory.Accounts.AddUser(new NewUser($"agent{Interlocked.Increment(ref _users)}", "password-1", role, displayName));
        var token = Tokens.Create(user.Id, "tests", null, AuditActor.System).Secret;
        return (user, token, ClientWith(token));
    }

    public HttpClient ClientWith(string? token)
    {
        var client = Factory.CreateBrowser(handleCookies: false);
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }
}
