using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>
/// The shipped deploy/nginx-knowledgebase-cluster.conf made runnable on 127.0.0.1 without root paths
/// or certificates, changing only what a local plain-HTTP run forces: its maps (the kb_node
/// stickiness) and its upstream as shipped, with the nodes' addresses put in place of the example
/// ones; its HTTPS server's locations served from a plain listener; and no <c>Secure</c> on the
/// kb_node cookie (a client does not send a Secure cookie over http, so every request would get a
/// new node). Everything else (hash consistent, keepalive, timeouts, WebSocket upgrade) is the file's.
/// </summary>
internal static partial class NginxConfig
{
    public static string Build(string shipped, IReadOnlyList<int> nodePorts, int listenPort, string workDirectory, bool asRoot)
    {
        var blocks = TopLevelBlocks(shipped);
        var output = new StringBuilder();
        if (asRoot)
        {
            // The workers need no files of root's; www-data is what Debian's nginx runs them as.
            output.AppendLine("user www-data;");
        }

        output.AppendLine("worker_processes 1;");
        output.AppendLine("worker_rlimit_nofile 16384;");
        output.AppendLine($"pid {workDirectory}/nginx.pid;");
        output.AppendLine($"error_log {workDirectory}/error.log warn;");
        output.AppendLine("events { worker_connections 8192; }");
        output.AppendLine("http {");
        output.AppendLine($"  access_log {workDirectory}/access.log;");
        var temp = $"{workDirectory}/temp";
        output.AppendLine($"  client_body_temp_path {temp}/body; proxy_temp_path {temp}/proxy; fastcgi_temp_path {temp}/fastcgi; uwsgi_temp_path {temp}/uwsgi; scgi_temp_path {temp}/scgi;");
        foreach (var block in blocks.Where(b => b.Header.StartsWith("map ", StringComparison.Ordinal)))
        {
            output.AppendLine(block.Text.Replace(" Secure;", string.Empty, StringComparison.Ordinal));
        }

        var upstream = blocks.Single(b => b.Header.StartsWith("upstream ", StringComparison.Ordinal));
        var servers = ServerLine().Matches(upstream.Text);
        if (servers.Count < nodePorts.Count)
        {
            throw new InvalidOperationException($"the shipped upstream lists {servers.Count} servers, fewer than {nodePorts.Count} nodes");
        }

        var index = 0;
        output.AppendLine(ServerLine().Replace(upstream.Text, match =>
            index < nodePorts.Count ? $"{match.Groups[1].Value}127.0.0.1:{nodePorts[index++]}{match.Groups[2].Value}" : string.Empty));

        // The HTTPS server: its locations and body limit, behind a plain local listener.
        var https = blocks.Single(b => b.Header == "server" && b.Text.Contains("location /", StringComparison.Ordinal));
        output.AppendLine("server {");
        output.AppendLine($"    listen 127.0.0.1:{listenPort};");
        foreach (Match setting in BodyLimit().Matches(https.Body))
        {
            output.AppendLine("    " + setting.Value);
        }

        foreach (var location in TopLevelBlocks(https.Body).Where(b => b.Header.StartsWith("location ", StringComparison.Ordinal)))
        {
            output.AppendLine("    " + location.Text);
        }

        output.AppendLine("}");
        output.AppendLine("}");
        return output.ToString();
    }

    /// <summary>The blocks (<c>name args { … }</c>) at the top level of <paramref name="text"/>, comments skipped.</summary>
    private static List<(string Header, string Text, string Body)> TopLevelBlocks(string text)
    {
        var blocks = new List<(string, string, string)>();
        var statementStart = 0;
        var depth = 0;
        var open = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '#':
                    i = text.IndexOf('\n', i) is var end and >= 0 ? end : text.Length;
                    if (depth == 0)
                    {
                        statementStart = i + 1;
                    }

                    break;
                case '"' or '\'':
                    i = text.IndexOf(text[i], i + 1);
                    break;
                case ';' when depth == 0:
                    statementStart = i + 1;
                    break;
                case '{':
                    if (depth++ == 0)
                    {
                        open = i;
                    }

                    break;
                case '}':
                    if (--depth == 0)
                    {
                        var header = text[statementStart..open].Trim();
                        blocks.Add((header, header + " {" + text[(open + 1)..i] + "}", text[(open + 1)..i]));
                        statementStart = i + 1;
                    }

                    break;
            }
        }

        return blocks;
    }

    [GeneratedRegex(@"(\n\s*server\s+)[0-9.]+:[0-9]+([^;\n]*;)")]
    private static partial Regex ServerLine();

    [GeneratedRegex(@"^\s*client_max_body_size[^;]*;", RegexOptions.Multiline)]
    private static partial Regex BodyLimit();
}
