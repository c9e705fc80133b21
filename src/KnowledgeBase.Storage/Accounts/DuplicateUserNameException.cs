namespace KnowledgeBase.Storage.Accounts;

/// <summary>Thrown when a user name is already taken (compared without regard to case).</summary>
public sealed class DuplicateUserNameException(string userName)
    : AccountException($"The user name '{userName}' is already taken.")
{
    public string UserName { get; } = userName;
}
