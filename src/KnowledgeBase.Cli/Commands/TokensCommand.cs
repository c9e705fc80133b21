using System.CommandLine;
using System.Globalization;
using KnowledgeBase.Application.Tokens;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Storage;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Storage.Tokens;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb tokens add USER --name NAME [--expires DAYS]</c>, <c>kb tokens list [USER]</c> and
/// <c>kb tokens revoke ID</c>: personal access tokens for the REST API, made without a browser
/// (a help desk's server, a script). Like <c>kb users</c>, they need the app stopped.
/// </summary>
public static class TokensCommand
{
    private const string InApp = "manage tokens on My details in the app";

    public static Command Create(CliConsole console)
    {
        var command = new Command("tokens", "Add, list and revoke personal access tokens for the REST API (stored hashed in DATA/knowledgebase.db; stop the app first).");
        command.Subcommands.Add(CreateAdd(console));
        command.Subcommands.Add(CreateList(console));
        command.Subcommands.Add(CreateRevoke(console));
        return command;
    }

    private static Command CreateAdd(CliConsole console)
    {
        var options = new CommonOptions();
        var userName = new Argument<string>("USER") { Description = "The account the token acts for (with its role at the time of each request)" };
        var name = new Option<string>("--name") { Description = "What the token is for, e.g. \"Zendesk sidebar\"", HelpName = "NAME", Required = true };
        var expires = new Option<int?>("--expires") { Description = $"Days until it stops working (1–{AccessTokenService.MaxExpiryDays}); default: never", HelpName = "DAYS" };
        var command = new Command("add", "Make a token and print it as the last line of output: it is shown only this once. Exit code 2 when the user is unknown or disabled.");
        command.Arguments.Add(userName);
        command.Options.Add(name);
        command.Options.Add(expires);
        options.AddTo(command);
        command.SetAction(parse => CliDatabase.UseStores(console, CliServices.ResolvePaths(parse, options, console).DatabaseFile, InApp, stores =>
        {
            var users = stores.Users;
            var requested = parse.GetValue(userName) ?? string.Empty;
            if (users.FindByName(requested) is not { } user)
            {
                console.Error.WriteLine($"error: there is no user '{requested}' (kb users list shows them)");
                return ExitCodes.NotFound;
            }

            var created = Service(stores, console).Create(user.Id, parse.GetValue(name) ?? string.Empty, parse.GetValue(expires), Actor("add"));
            if (parse.GetValue(options.Json))
            {
                var token = created.Token;
                JsonOutput.Write(console.Out, new
                {
                    id = token.Id, user = user.UserName, name = token.Name, prefix = token.Prefix, createdAt = token.CreatedAt, expiresAt = token.ExpiresAt, token = created.Secret,
                });
                return ExitCodes.Ok;
            }

            console.Out.WriteLine($"Token {created.Token.Id} \"{created.Token.Name}\" for {user.UserName}, {Expiry(created.Token)}. Copy it now; it is not shown again:");
            console.Out.WriteLine(created.Secret);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command CreateList(CliConsole console)
    {
        var options = new CommonOptions();
        var userName = new Argument<string?>("USER") { Description = "Only this account's tokens (default: everyone's)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("list", "List tokens: id, user, name, prefix, created, expires, last used, revoked. Never the tokens themselves.");
        command.Arguments.Add(userName);
        options.AddTo(command);
        command.SetAction(parse => CliDatabase.UseStores(console, CliServices.ResolvePaths(parse, options, console).DatabaseFile, InApp, stores =>
        {
            var users = stores.Users;
            int? only = null;
            if (parse.GetValue(userName) is { } requested)
            {
                if (users.FindByName(requested) is not { } user)
                {
                    console.Error.WriteLine($"error: there is no user '{requested}' (kb users list shows them)");
                    return ExitCodes.NotFound;
                }

                only = user.Id;
            }

            var names = users.List().ToDictionary(u => u.Id, u => u.UserName);
            var tokens = Service(stores, console).List(only);
            var now = console.Time.GetUtcNow();
            if (parse.GetValue(options.Json))
            {
                JsonOutput.Write(console.Out, tokens.Select(t => Describe(t, names.GetValueOrDefault(t.UserId))));
                return ExitCodes.Ok;
            }

            if (tokens.Count == 0)
            {
                console.Out.WriteLine("No access tokens yet: kb tokens add USER --name NAME makes one.");
            }

            foreach (var token in tokens)
            {
                var state = token.IsRevoked ? "revoked" : token.IsExpired(now) ? "expired" : "active";
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{token.Id,-4} {names.GetValueOrDefault(token.UserId) ?? "?",-16} {token.Prefix}…  {state,-7}  created {token.CreatedAt:yyyy-MM-dd}  {Expiry(token)}  last used {Day(token.LastUsedAt) ?? "never"}  {token.Name}"));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command CreateRevoke(CliConsole console)
    {
        var options = new CommonOptions();
        var id = new Argument<int>("ID") { Description = "The token's id, as kb tokens list shows it" };
        var command = new Command("revoke", "Revoke a token for good: requests with it get 401 from then on. Exit code 2 for an unknown or already revoked token.");
        command.Arguments.Add(id);
        options.AddTo(command);
        command.SetAction(parse => CliDatabase.UseStores(console, CliServices.ResolvePaths(parse, options, console).DatabaseFile, InApp, stores =>
        {
            var users = stores.Users;
            var revoked = Service(stores, console).Revoke(parse.GetValue(id), Actor("revoke"));
            if (parse.GetValue(options.Json))
            {
                JsonOutput.Write(console.Out, Describe(revoked, users.FindById(revoked.UserId)?.UserName));
            }
            else
            {
                console.Out.WriteLine($"Revoked token {revoked.Id} \"{revoked.Name}\" ({revoked.Prefix}…).");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static AccessTokenService Service(CliStores stores, CliConsole console) =>
        new(stores.Tokens, stores.Users, stores.Audit, console.Time);

    // The audit log names who did it from the server's shell, like kb users add.
    private static AuditActor Actor(string verb) => new(null, $"kb tokens {verb} ({Environment.UserName})");

    private static string Expiry(AccessToken token) => Day(token.ExpiresAt) is { } day ? $"expires {day}" : "no expiry";

    private static string? Day(DateTimeOffset? at) => at?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Describe(AccessToken token, string? userName) => new
    {
        id = token.Id,
        user = userName,
        name = token.Name,
        prefix = token.Prefix,
        createdAt = token.CreatedAt,
        expiresAt = token.ExpiresAt,
        lastUsedAt = token.LastUsedAt,
        revokedAt = token.RevokedAt,
    };
}
