namespace KnowledgeBase.Storage.Accounts;

/// <summary>What a user may do. Each role includes everything the ones before it may do.</summary>
public enum UserRole
{
    /// <summary>Search, read and use templates.</summary>
    Agent = 0,

    /// <summary>Also edit content and see insights and team progress.</summary>
    Lead = 1,

    /// <summary>Also manage users.</summary>
    Admin = 2,
}
