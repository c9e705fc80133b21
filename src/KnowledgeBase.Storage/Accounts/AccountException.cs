namespace KnowledgeBase.Storage.Accounts;

/// <summary>A change to accounts that is refused; the message is fit to show the person who asked.</summary>
public class AccountException(string message) : InvalidOperationException(message);
