using System.Collections.Concurrent;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Web.Security;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.RateLimits;

/// <summary>
/// Writes "sign-in throttled" to the audit log once per address per window, not for every refused
/// attempt: a flood of refused requests must not become a flood of audit entries.
/// </summary>
public sealed class ThrottledSignIns(IAuditStore audit, TimeProvider time, IOptions<RateLimitOptions> options)
{
    // Far more addresses than a legitimate crowd; past it the memory is simply started over.
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _recorded = new(StringComparer.Ordinal);

    public void Record(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.ClientAddress() ?? "unknown";
        var now = time.GetUtcNow();
        if (_recorded.TryGetValue(address, out var last) && now - last < options.Value.SignInWindow)
        {
            return;
        }

        if (_recorded.Count >= MaxRemembered)
        {
            _recorded.Clear();
        }

        _recorded[address] = now;
        audit.Record(now, AuditEventType.SignInThrottled, new AuditActor(null, "anonymous", address), null, null,
            $"more than {options.Value.SignInPermitLimit} sign-in attempts in {options.Value.SignInWindow}");
    }
}
