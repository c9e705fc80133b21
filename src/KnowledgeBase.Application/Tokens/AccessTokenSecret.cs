using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeBase.Application.Tokens;

/// <summary>
/// The text of a personal access token: <c>kb_</c> and 43 base64url characters (32 random bytes).
/// The prefix makes a leaked token easy to recognise (secret scanners, logs); only its SHA-256 is
/// stored: the secret has 256 bits of entropy, so a fast hash is enough, unlike for passwords.
/// </summary>
public static class AccessTokenSecret
{
    public const string Prefix = "kb_";

    /// <summary>Characters of a token: the prefix and 43 for 32 bytes in base64url without padding.</summary>
    public const int Length = 46;

    /// <summary>How much of a token lists show to tell tokens apart (<c>kb_AbCd1</c>): far too little to guess the rest.</summary>
    public const int DisplayLength = 8;

    private static readonly System.Buffers.SearchValues<char> Base64UrlAlphabet =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lower-case hex SHA-256 of the token text.</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    public static string DisplayPrefix(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token[..Math.Min(DisplayLength, token.Length)];
    }

    /// <summary>True when the text has the shape of a token; anything else is refused without a database read.</summary>
    public static bool HasTokenShape(string? text) =>
        text is { Length: AccessTokenSecret.Length }
        && text.StartsWith(Prefix, StringComparison.Ordinal)
        && text.AsSpan(Prefix.Length).IndexOfAnyExcept(Base64UrlAlphabet) < 0;
}
