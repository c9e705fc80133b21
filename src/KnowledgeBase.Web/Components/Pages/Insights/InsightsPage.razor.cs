using System.Globalization;
using KnowledgeBase.Storage.Accounts;
using KnowledgeBase.Storage.Insights;
using KnowledgeBase.Web.Components.Insights;
using KnowledgeBase.Web.Insights;
using KnowledgeBase.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Components.Pages.Insights;

/// <summary>
/// The team lead's dashboard: what agents search for and do not find, which templates they use,
/// which SOPs they find unhelpful and which are overdue for review, over a period the URL names
/// (<c>/insights?days=30</c>, <c>/insights?from=2026-11-01&amp;to=2026-11-15</c>).
/// </summary>
public sealed partial class InsightsPage
{
    private IReadOnlyList<InsightTable> _tables = [];
    private IReadOnlyList<BarValue> _searchBars = [];
    private IReadOnlyList<BarValue> _zeroBars = [];
    private int _totalSearches;
    private int _totalZero;
    private InsightPeriod _period;
    private DateOnly? _customFrom;
    private DateOnly? _customTo;
    private bool _loaded;
    private string? _refusal;

    [Inject]
    private InsightTables Tables { get; set; } = null!;

    [Inject]
    private TimeProvider Time { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private IOptions<InsightsUiOptions> Options { get; set; } = null!;

    [Inject]
    private AccessCheck Access { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "days")]
    public string? Days { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    private PeriodSelection Selection { get; set; } = PeriodSelection.Parse(null, null, null);

    private string PeriodText
    {
        get
        {
            var last = DateOnly.FromDateTime(_period.To.UtcDateTime.AddDays(-1));
            return $"{PeriodSelection.Date(DateOnly.FromDateTime(_period.From.UtcDateTime))} to {PeriodSelection.Date(last)} (UTC)";
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        Selection = PeriodSelection.Parse(Days, From, To);

        // Opening the page checked the policy; another period or a refresh in the open tab asks again.
        if (_loaded && !await MayReadAsync())
        {
            return;
        }

        _loaded = true;
        Load();
        _customFrom = DateOnly.FromDateTime(_period.From.UtcDateTime);
        _customTo = DateOnly.FromDateTime(_period.To.UtcDateTime.AddDays(-1));
    }

    private void Load()
    {
        _period = Selection.Resolve(Time.GetUtcNow());
        var report = Tables.Report(_period, Options.Value.TableRows);
        _tables = report.Tables;
        var days = report.SearchesPerDay;
        _searchBars = [.. days.Select(d => new BarValue(Label(d.Day), d.Searches))];
        _zeroBars = [.. days.Select(d => new BarValue(Label(d.Day), d.ZeroResults))];
        _totalSearches = days.Sum(d => d.Searches);
        _totalZero = days.Sum(d => d.ZeroResults);
    }

    private async Task RefreshAsync()
    {
        if (await MayReadAsync())
        {
            Load();
        }
    }

    private async Task<bool> MayReadAsync()
    {
        var access = await Access.CheckAsync(UserRole.Lead, "read insights");
        _refusal = access.IsAllowed ? null : $"Not shown: {access.Refusal}";
        return access.IsAllowed;
    }

    private void ApplyCustom()
    {
        if (_customFrom is { } from && _customTo is { } to)
        {
            var selection = new PeriodSelection(null, from <= to ? from : to, from <= to ? to : from);
            Navigation.NavigateTo("/insights?" + selection.ToQuery());
        }
    }

    private static string Label(DateOnly day) => day.ToString("MMM d", CultureInfo.InvariantCulture);
}
