namespace KnowledgeBase.EndToEnd.Tests;

/// <summary>All browser tests share one app and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
