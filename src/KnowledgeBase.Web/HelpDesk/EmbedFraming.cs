namespace KnowledgeBase.Web.HelpDesk;

/// <summary>
/// Which pages a help desk may frame, and the Content-Security-Policy that says so. The embed page
/// gets <c>frame-ancestors</c> with the configured origins (and no X-Frame-Options, whose DENY would
/// block them and which cannot list origins); every other page keeps <c>frame-ancestors 'none'</c>.
/// </summary>
public static class EmbedFraming
{
    /// <summary>The origins allowed to frame <paramref name="path"/>, or null when no one may.</summary>
    public static IReadOnlyList<string>? AncestorsFor(PathString path, EmbedOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.ChatwootOrigins.Count > 0 && IsChatwootPath(path) ? [.. options.ChatwootOrigins.Select(Normalize)] : null;
    }

    public static bool IsChatwootPath(PathString path) =>
        path.Equals(EmbedOptions.ChatwootPath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(EmbedOptions.ChatwootPath + "/", StringComparison.OrdinalIgnoreCase);

    /// <summary><paramref name="policy"/> with its frame-ancestors directive replaced by one listing <paramref name="origins"/>.</summary>
    public static string WithFrameAncestors(string policy, IReadOnlyList<string> origins)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(origins);
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(d => !d.StartsWith("frame-ancestors", StringComparison.OrdinalIgnoreCase))
            .Append("frame-ancestors " + string.Join(' ', origins));
        return string.Join("; ", directives);
    }

    /// <summary>True when <paramref name="origin"/> is a bare http(s) origin: scheme, host and an optional port, nothing else.</summary>
    public static bool IsOrigin(string? origin) =>
        origin is not null
        && Uri.TryCreate(origin.TrimEnd('/'), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.UserInfo.Length == 0
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), origin.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    /// <summary>The origin as browsers write it in <c>event.origin</c>: lower case, no trailing slash, no default port.</summary>
    public static string Normalize(string origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        return new Uri(origin.TrimEnd('/')).GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }
}
