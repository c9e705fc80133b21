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
public sealed partial class InsightsPage : IDisposable
{
    // Cancels the report a render is still reading when the lead leaves the page (or the circuit ends).
    private readonly CancellationTokenSource _leaving = new();
    private IReadOnlyList<InsightTable> _tables = [];
    private IReadOnlyList<BarValue> _searchBars = [];
    private IReadOnlyList<BarValue> _zeroBars = [];
    private int _totalSearches;
    private int _totalZero;
    private InsightPeriod _period;
    private DateOnly? _customFrom;
    private DateOnly? _customTo;
    private string? _error;
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

    private PeriodSelection Selection { get; set; } = PeriodSelection.Default;

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
        // A period the URL gets wrong is said so, and the default period shown instead of an error page.
        if (PeriodSelection.TryParse(Days, From, To, out var selection, out var error))
        {
            Selection = selection;
            _error = null;
        }
        else
        {
            Selection = PeriodSelection.Default;
            _error = $"{error} Showing the last {PeriodSelection.DefaultDays} days instead.";
        }

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
        var report = Tables.Report(_period, Options.Value.TableRows, _leaving.Token);
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

    // The same rules as the URL and the CSV export (PeriodSelection.Check); a refused period stays on screen with the reason.
    private void ApplyCustom()
    {
        if (_customFrom is not { } from || _customTo is not { } to)
        {
            _error = "Choose both dates of the period.";
            return;
        }

        _error = PeriodSelection.Check(from, to);
        if (_error is null)
        {
            Navigation.NavigateTo("/insights?" + new PeriodSelection(null, from, to).ToQuery());
        }
    }

    public void Dispose()
    {
        _leaving.Cancel();
        _leaving.Dispose();
    }

    private static string Label(DateOnly day) => day.ToString("MMM d", CultureInfo.InvariantCulture);
}
