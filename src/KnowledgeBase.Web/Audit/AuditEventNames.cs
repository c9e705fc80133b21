using KnowledgeBase.Storage.Audit;

namespace KnowledgeBase.Web.Audit;

/// <summary>How the audit page names each kind of event.</summary>
public static class AuditEventNames
{
    public static string Describe(AuditEventType type) => type switch
    {
        AuditEventType.SignInSucceeded => "Signed in",
        AuditEventType.SignInFailed => "Sign-in failed",
        AuditEventType.LockedOut => "Locked out",
        AuditEventType.SignInThrottled => "Sign-in throttled",
        AuditEventType.SignedOut => "Signed out",
        AuditEventType.UserAdded => "User added",
        AuditEventType.RoleChanged => "Role changed",
        AuditEventType.UserDisabled => "User disabled",
        AuditEventType.UserEnabled => "User enabled",
        AuditEventType.PasswordChanged => "Password changed",
        AuditEventType.Exported => "Exported",
        AuditEventType.ActionRefused => "Action refused",
        AuditEventType.TokenCreated => "Access token created",
        AuditEventType.TokenRevoked => "Access token revoked",
        _ => type.ToString(),
    };
}
