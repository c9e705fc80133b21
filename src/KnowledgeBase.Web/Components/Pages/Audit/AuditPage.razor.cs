using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Audit;
using KnowledgeBase.Web.Audit;
using KnowledgeBase.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Components.Pages.Audit;

/// <summary>
/// The admin's view of the audit log, filtered by user name, event and UTC days; the filter lives in
/// the URL (<c>/admin/audit?user=anna&amp;type=SignInFailed</c>), like the CSV link beside it.
/// </summary>
public sealed partial class AuditPage
{
    private IReadOnlyList<AuditEntry> _entries = [];
    private string? _refusal;
    private string? _user;
    private AuditEventType? _type;
    private DateOnly? _from;
    private DateOnly? _to;

    [Inject]
    private IAuditStore Audit { get; set; } = null!;

    [Inject]
    private AccessCheck Access { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IOptions<AuditUiOptions> Options { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "user")]
    public string? User { get; set; }

    [SupplyParameterFromQuery(Name = "type")]
    public string? Type { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    private AuditQuery Query { get; set; } = AuditQuery.Parse(null, null, null, null);

    private int PageRows => Math.Max(1, Options.Value.PageRows);

    // Every load is an action: an admin demoted while the page is open sees no more entries.
    protected override async Task OnParametersSetAsync()
    {
        Query = AuditQuery.Parse(User, Type, From, To);
        (_user, _type, _from, _to) = (Query.User, Query.Type, Query.From, Query.To);
        var access = await Access.CheckAsync(UserRole.Admin, "view the audit log");
        if (!access.IsAllowed)
        {
            (_refusal, _entries) = ($"Not shown: {access.Refusal}", []);
            return;
        }

        _refusal = null;
        _entries = Audit.Find(Query.ToFilter(), PageRows);
    }

    private void Apply()
    {
        var query = new AuditQuery(string.IsNullOrWhiteSpace(_user) ? null : _user.Trim(), _type, _from, _to).ToQuery();
        Navigation.NavigateTo(query.Length == 0 ? AuditEndpoints.PagePath : $"{AuditEndpoints.PagePath}?{query}");
    }
}
