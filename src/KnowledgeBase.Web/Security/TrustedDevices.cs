using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Security;

/// <summary>
/// The trusted-device cookie (<c>kb.device</c>): a browser that signed in to an account gets one,
/// encrypted and signed with the app's data protection keys, naming the account. While it has it,
/// a lockout caused by someone else's wrong guesses does not apply to it, so nobody can lock the
/// owner out of their own browser. Wrong passwords typed in that browser are counted in the cookie;
/// after <c>MaxFailedSignIns</c> of them it is dropped and the browser is like any other.
/// </summary>
public sealed class TrustedDevices(IDataProtectionProvider protection, TimeProvider time, IOptions<SessionOptions> options)
{
    public const string CookieName = "kb.device";

    private readonly IDataProtector _protector = protection.CreateProtector("KnowledgeBase.TrustedDevice.v1");

    /// <summary>The account this browser is trusted for, or null.</summary>
    public int? TrustedUserId(HttpContext context) => Read(context)?.UserId;

    /// <summary>After a successful sign-in: this browser is trusted for the account, with no failures.</summary>
    public void Trust(HttpContext context, int userId) => Write(context, new Device(userId, 0, time.GetUtcNow()));

    /// <summary>After a wrong password typed in a browser trusted for that account.</summary>
    public void CountFailure(HttpContext context, int maxFailures)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Read(context) is not { } device)
        {
            return;
        }

        if (device.Failures + 1 >= maxFailures)
        {
            context.Response.Cookies.Delete(CookieName, CookieOptions(context));
            return;
        }

        Write(context, device with { Failures = device.Failures + 1 });
    }

    private Device? Read(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Cookies[CookieName] is not { Length: > 0 } value)
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(value).Split('|');
            var device = new Device(
                int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture),
                int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture),
                DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture)));
            return time.GetUtcNow() - device.TrustedSince < options.Value.TrustedDeviceLifetime ? device : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            // Forged, from another installation, or from keys since rotated away: not trusted.
            return null;
        }
    }

    private void Write(HttpContext context, Device device)
    {
        var payload = string.Create(CultureInfo.InvariantCulture, $"{device.UserId}|{device.Failures}|{device.TrustedSince.ToUnixTimeSeconds()}");
        var cookie = CookieOptions(context);
        cookie.Expires = device.TrustedSince + options.Value.TrustedDeviceLifetime;
        context.Response.Cookies.Append(CookieName, _protector.Protect(payload), cookie);
    }

    // Only the sign-in form reads it: it is sent nowhere else.
    private static CookieOptions CookieOptions(HttpContext context) => new()
    {
        Path = AccountPaths.Login,
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        IsEssential = true,
    };

    private sealed record Device(int UserId, int Failures, DateTimeOffset TrustedSince);
}
