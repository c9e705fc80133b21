using System.CommandLine;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using Spectre.Console;
using KnowledgeBase.Application.Accounts;

namespace KnowledgeBase.Cli.Commands;

/// <summary>
/// <c>kb users add USERNAME --role R</c>, <c>kb users list</c> and <c>kb users reset-password USERNAME</c>:
/// accounts in the data folder's database, e.g. the first admin on a server without a browser at hand,
/// or the only admin who forgot their password.
/// </summary>
public static class UsersCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("users", "Add, list and reset the accounts that sign in to the web app (stored in DATA/knowledgebase.db; stop the app first, it holds the file open).");
        command.Subcommands.Add(CreateAdd(console));
        command.Subcommands.Add(CreateList(console));
        command.Subcommands.Add(CreateResetPassword(console));
        return command;
    }

    private static Command CreateAdd(CliConsole console)
    {
        var options = new CommonOptions();
        var userName = new Argument<string>("USERNAME") { Description = "The name to sign in with (unique, not case-sensitive, no spaces)" };
        var role = new Option<string>("--role")
        {
            Description = "agent (search, read, use templates), lead (also edit content, see insights) or admin (also manage users)",
            HelpName = "agent|lead|admin",
            Required = true,
        };
        var name = new Option<string?>("--name") { Description = "Display name, printed for {{ agent.name }}", HelpName = "N" };
        var email = new Option<string?>("--email") { Description = "E-mail, printed for {{ agent.email }}", HelpName = "E" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input (else it is asked for, hidden, in a terminal)" };
        var command = new Command("add", "Add an account. Exit code 2 when the name is taken, the password too short or the database is in use.");
        command.Arguments.Add(userName);
        command.Options.Add(role);
        command.Options.Add(name);
        command.Options.Add(email);
        command.Options.Add(passwordStdin);
        options.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(role) is { } value && !Enum.TryParse<UserRole>(value, ignoreCase: true, out _))
            {
                result.AddError($"--role must be agent, lead or admin, not '{value}'");
            }
        });

        command.SetAction(parse =>
        {
            var paths = CliServices.ResolvePaths(parse, options, console);
            var password = parse.GetValue(passwordStdin) ? console.In.ReadLine() : Prompt(console);
            if (password is null)
            {
                console.Error.WriteLine("error: no password: pass --password-stdin and write it to standard input, or run in a terminal to be asked");
                return ExitCodes.Usage;
            }

            return CliDatabase.UseStores(console, paths.DatabaseFile, "add users on /admin/users in the app", stores =>
            {
                var accounts = new AccountService(stores.Users, stores.Audit, console.Time, new AccountOptions());
                var user = accounts.AddUser(new NewUser(
                    parse.GetValue(userName) ?? string.Empty,
                    password,
                    Enum.Parse<UserRole>(parse.GetValue(role)!, ignoreCase: true),
                    parse.GetValue(name),
                    parse.GetValue(email)),
                    // The audit log names who added the account from the server's shell.
                    new AuditActor(null, $"kb users add ({Environment.UserName})"));
                if (parse.GetValue(options.Json))
                {
                    JsonOutput.Write(console.Out, Describe(user));
                }
                else
                {
                    console.Out.WriteLine($"Added {user.UserName} ({user.Role}) to {stores.Location}");
                }

                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static Command CreateResetPassword(CliConsole console)
    {
        var options = new CommonOptions();
        var userName = new Argument<string>("USERNAME") { Description = "The account whose password is reset (not case-sensitive)" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the new password from the first line of standard input (else one is generated and printed as the last line)" };
        var command = new Command("reset-password", "Set a new password for an account: lifts a lockout, ends all its sessions, and its owner must choose their own at the next sign-in. Exit code 2 when there is no such user, the password is too short or the database is in use.");
        command.Arguments.Add(userName);
        command.Options.Add(passwordStdin);
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var paths = CliServices.ResolvePaths(parse, options, console);
            var generated = !parse.GetValue(passwordStdin);
            var password = generated ? GeneratePassword() : console.In.ReadLine();
            if (password is null)
            {
                console.Error.WriteLine("error: no password on standard input; leave out --password-stdin to have one generated");
                return ExitCodes.Usage;
            }

            return CliDatabase.UseStores(console, paths.DatabaseFile, "add users on /admin/users in the app", stores =>
            {
                var store = stores.Users;
                var name = parse.GetValue(userName) ?? string.Empty;
                var user = store.FindByName(name) ?? throw new AccountException($"There is no user {name}.");
                var accounts = new AccountService(store, stores.Audit, console.Time, new AccountOptions());
                accounts.SetPassword(user.Id, password, new AuditActor(null, $"kb users reset-password ({Environment.UserName})"));
                if (parse.GetValue(options.Json))
                {
                    JsonOutput.Write(console.Out, new { userName = user.UserName, mustChangePassword = true, password = generated ? password : null });
                    return ExitCodes.Ok;
                }

                console.Out.WriteLine($"Set a new password for {user.UserName}: their sessions have ended, and {user.UserName} must choose a new password at the next sign-in.");
                if (generated)
                {
                    // Last, on a line of its own, so a script can take it with tail -n 1.
                    console.Out.WriteLine("The password (shown once):");
                    console.Out.WriteLine(password);
                }

                return ExitCodes.Ok;
            });
        });
        return command;
    }

    // 18 random bytes: 24 URL-safe characters, easy to pass on by phone or chat and meant for one use.
    private static string GeneratePassword() =>
        Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');

    private static Command CreateList(CliConsole console)
    {
        var options = new CommonOptions();
        var command = new Command("list", "List the accounts: user name, role, status and name.");
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var paths = CliServices.ResolvePaths(parse, options, console);
            return CliDatabase.UseStores(console, paths.DatabaseFile, "add users on /admin/users in the app", stores =>
            {
                var users = stores.Users.List();
                if (parse.GetValue(options.Json))
                {
                    JsonOutput.Write(console.Out, users.Select(Describe));
                    return ExitCodes.Ok;
                }

                if (users.Count == 0)
                {
                    console.Out.WriteLine("No accounts yet: the web app asks for the first admin on /setup, or run kb users add NAME --role admin.");
                }

                foreach (var user in users)
                {
                    var status = user.IsDisabled ? "disabled" : user.MustChangePassword ? "reset" : "active";
                    console.Out.WriteLine($"{user.UserName,-20} {user.Role,-6} {status,-8} {user.DisplayName}");
                }

                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static object Describe(UserAccount user) => new
    {
        id = user.Id,
        userName = user.UserName,
        displayName = user.DisplayName,
        email = user.Email,
        role = user.Role.ToString().ToLowerInvariant(),
        disabled = user.IsDisabled,
        mustChangePassword = user.MustChangePassword,
        createdAt = user.CreatedAt,
    };

    private static string? Prompt(CliConsole console)
    {
        if (!console.IsTerminal || Console.IsInputRedirected)
        {
            return null;
        }

        return AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
    }
}
