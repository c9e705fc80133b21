using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Web.Security.SingleSignOn;

namespace KnowledgeBase.Web.Tests.Security;

/// <summary>Groups at the identity provider to roles here: the highest mapped role wins, names in any case.</summary>
public sealed class SingleSignOnRoleTests
{
    private static readonly SingleSignOnOptions Options = new()
    {
        Roles = new(StringComparer.OrdinalIgnoreCase) { ["kb-leads"] = UserRole.Lead, ["kb-admins"] = UserRole.Admin },
    };

    [Theory]
    [InlineData(new string[0], UserRole.Agent)]
    [InlineData(new[] { "support" }, UserRole.Agent)]
    [InlineData(new[] { "KB-Leads" }, UserRole.Lead)]
    [InlineData(new[] { "kb-admins", "kb-leads", "support" }, UserRole.Admin)]
    public void TheHighestMappedRoleWins(string[] groups, UserRole expected) =>
        Assert.Equal(expected, Options.RoleFor(groups));

    [Fact]
    public void WithoutAuthorityAndClient_ItIsOff() =>
        Assert.False(new SingleSignOnOptions { Authority = "https://idp.example" }.IsEnabled);
}
