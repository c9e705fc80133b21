using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KnowledgeBase.Benchmarks.ClusterLoad;

/// <summary>
/// What blazor.web.js reads from a prerendered page to start its circuit: the server component
/// markers (<c>&lt;!--Blazor:{"type":"server",…}--&gt;</c>, in document order) and the persisted
/// component state, turned into the first <c>UpdateRootComponents</c> batch exactly as the
/// browser's root component manager writes it (each marker without its DOM nodes, plus a uniqueId).
/// </summary>
internal sealed partial class CircuitMarkers
{
    private CircuitMarkers(IReadOnlyList<string> markers, string applicationState)
    {
        Markers = markers;
        ApplicationState = applicationState;
    }

    /// <summary>The start markers' JSON (end markers hold only a prerenderId and are skipped).</summary>
    public IReadOnlyList<string> Markers { get; }

    /// <summary>The page's <c>Blazor-Server-Component-State</c> (empty when the page has none).</summary>
    public string ApplicationState { get; }

    public static CircuitMarkers Parse(string html)
    {
        var markers = MarkerPattern().Matches(html)
            .Select(m => m.Groups[1].Value)
            .Where(json => JsonNode.Parse(json)?["type"]?.GetValue<string>() == "server")
            .ToList();
        var state = StatePattern().Match(html) is { Success: true } match ? match.Groups[1].Value : string.Empty;
        return new CircuitMarkers(markers, state);
    }

    /// <summary>The JSON the browser sends as the first UpdateRootComponents: every marker added, numbered from 1.</summary>
    public string AddOperationsJson()
    {
        var operations = new JsonArray();
        for (var i = 0; i < Markers.Count; i++)
        {
            var marker = JsonNode.Parse(Markers[i])!.AsObject();
            marker["uniqueId"] = i;
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex("<!--Blazor-Server-Component-State:([a-zA-Z0-9+/=]+)-->")]
    private static partial Regex StatePattern();
}
