using KnowledgeBase.Storage.Accounts;
namespace KnowledgeBase.Application.Accounts;

/// <summary>Sign-in rules, bound from <c>KnowledgeBase:Accounts</c>.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "KnowledgeBase:Accounts";

    /// <summary>Failed sign-ins in a row that lock the account.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public int MinimumPasswordLength { get; set; } = 8;
}
