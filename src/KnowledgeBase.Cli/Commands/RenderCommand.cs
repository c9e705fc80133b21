using System.CommandLine;
using KnowledgeBase.Cli.Hosting;
using KnowledgeBase.Content.Configuration;
using KnowledgeBase.Content.Loading;
using KnowledgeBase.Content.Model;
using KnowledgeBase.Templates.Json;
using KnowledgeBase.Templates.Liquid;
using KnowledgeBase.Templates.Rendering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeBase.Cli.Commands;

/// <summary><c>kb render ID --set name=value …</c>: a reply template filled in, printed as the text to send.</summary>
public static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var options = new CommonOptions();
        var id = new Argument<string>("ID") { Description = "Template id, e.g. templates/en/returns/refund-confirmation" };
        var set = new Option<string[]>("--set")
        {
            Description = "A field value, e.g. --set order.id=BC-2026-104233; repeat for each field (the value may contain '=')",
            HelpName = "NAME=VALUE",
            Arity = ArgumentArity.ZeroOrMore,
        };
        set.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.IndexOf('=', StringComparison.Ordinal) <= 0))
            {
                result.AddError($"--set expects NAME=VALUE, e.g. --set order.id=BC-2026-104233 (got '{token.Value}')");
            }
        });
        var channel = new Option<string?>("--channel")
        {
            Description = "The channel to write for (email, chat, sms, …); default: the template's default text",
            HelpName = "C",
        };
        var agentName = new Option<string?>("--agent-name") { Description = "Your name, for {{ agent.name }} (default: KnowledgeBase__Agent__Name)", HelpName = "N" };
        var agentEmail = new Option<string?>("--agent-email") { Description = "Your e-mail, for {{ agent.email }} (default: KnowledgeBase__Agent__Email)", HelpName = "E" };
        var agentSignature = new Option<string?>("--agent-signature")
        {
            Description = "Your signature, for {{ agent.signature }} (default: KnowledgeBase__Agent__Signature)",
            HelpName = "S",
        };

        var command = new Command("render",
            "Fill in a reply template and print the reply. A missing or invalid value, an unknown channel or id, or an article id: " +
            "exit code 2, one line per problem on stderr (e.g. 'missing required field: order.id').");
        command.Arguments.Add(id);
        command.Options.Add(set);
        command.Options.Add(channel);
        command.Options.Add(agentName);
        command.Options.Add(agentEmail);
        command.Options.Add(agentSignature);
        options.AddTo(command);

        command.SetAction(parse =>
        {
            if (CliServices.ExistingContent(parse, options, console) is not { } paths)
            {
                return ExitCodes.NotFound;
            }

            using var services = CliServices.Build(paths, console);
            var requested = ShowCommand.NormalizeId(parse.GetValue(id) ?? string.Empty);
            var relativePath = requested + ".md";
            if (requested.Length == 0 || !File.Exists(Path.Combine(paths.ContentRoot, relativePath)))
            {
                console.Error.WriteLine($"error: no template with id '{requested}' in {console.Display(paths.ContentRoot)}{ShowCommand.Suggest(paths.ContentRoot, requested)}");
                return ExitCodes.NotFound;
            }

            var result = services.GetRequiredService<ContentLoader>().LoadFile(paths.ContentRoot, relativePath);
            foreach (var finding in result.Findings)
            {
                console.Error.WriteLine(finding.Format(console.Display(Path.Combine(paths.ContentRoot, finding.Path))));
            }

            switch (result.Document)
            {
                case null:
                    return ExitCodes.Findings;
                case not ReplyTemplate:
                    console.Error.WriteLine($"error: '{requested}' is an article, not a template; kb render fills in templates (ids under templates/)");
                    return ExitCodes.NotFound;
            }

            var template = (ReplyTemplate)result.Document;
            var values = Values(parse.GetValue(set) ?? [], template, console);
            var agent = Agent(parse, console, agentName, agentEmail, agentSignature);
            var today = DateOnly.FromDateTime(console.Time.GetLocalNow().DateTime);
            var reply = services.GetRequiredService<TemplateRenderer>().Render(template, new RenderRequest(parse.GetValue(channel), values, agent, today));
            if (!reply.IsComplete)
            {
                ReportProblems(reply, console);
                return ExitCodes.NotFound;
            }

            if (parse.GetValue(options.Json))
            {
                JsonOutput.Write(console.Out, RenderedReplyJson.From(reply));
            }
            else
            {
                console.Out.WriteLine(reply.Text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Splits each NAME=VALUE at its first '='; a later --set of the same name wins. Names the template does not have are warned about.</summary>
    private static Dictionary<string, string?> Values(string[] assignments, ReplyTemplate template, CliConsole console)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var assignment in assignments)
        {
            var equals = assignment.IndexOf('=', StringComparison.Ordinal);
            var name = assignment[..equals].Trim();
            values[name] = assignment[(equals + 1)..];
            if (StandardFields.IsStandard(name))
            {
                console.Error.WriteLine($"warning: {name} is a standard field and cannot be set with --set; use --agent-name, --agent-email or --agent-signature");
            }
            else if (!template.Fields.Any(f => string.Equals(f.Name, name, StringComparison.Ordinal)))
            {
                console.Error.WriteLine($"warning: {template.Id} has no field '{name}'; its fields: {string.Join(", ", template.Fields.Select(f => f.Name))}");
            }
        }

        return values;
    }

    private static AgentProfile Agent(System.CommandLine.ParseResult parse, CliConsole console, Option<string?> name, Option<string?> email, Option<string?> signature)
    {
        var settings = console.Configuration.GetSection(AgentOptions.SectionName).Get<AgentOptions>() ?? new AgentOptions();
        return new AgentProfile(
            parse.GetValue(name) ?? settings.Name,
            parse.GetValue(email) ?? settings.Email,
            parse.GetValue(signature) ?? settings.Signature);
    }

    private static void ReportProblems(RenderedReply reply, CliConsole console)
    {
        // Verbatim, one per line: scripts and people read the same words the web composer shows.
        foreach (var problem in reply.Problems)
        {
            console.Error.WriteLine(problem.Message);
        }

        if (reply.Problems.Count == 0)
        {
            console.Error.WriteLine($"the reply still contains {string.Join(", ", PlaceholderMarkers.Find(reply.Text).Select(m => reply.Text.Substring(m.Start, m.Length)))}");
        }

        foreach (var agentField in reply.Problems.Where(p => p.Kind == FieldProblemKind.Missing && p.Field.StartsWith("agent.", StringComparison.Ordinal)))
        {
            var option = agentField.Field["agent.".Length..];
            console.Error.WriteLine($"hint: pass --agent-{option} or set KnowledgeBase__Agent__{char.ToUpperInvariant(option[0])}{option[1..]}");
        }
    }
}
