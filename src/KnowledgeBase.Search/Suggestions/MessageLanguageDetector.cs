using System.Collections.Concurrent;
using Lingua;

namespace KnowledgeBase.Search.Suggestions;

/// <summary>
/// Which language a customer's message is written in, from the whole message (Lingua's character
/// n-gram models), among the languages the content has. The agent's own languages count as the
/// likelier ones: a short or mixed message ("refund?", "Hi, my order…") is read in the agent's
/// language unless the text itself is clearly another. A single short word never decides on its own.
/// </summary>
internal sealed class MessageLanguageDetector
{
    /// <summary>Below this many letters a message says too little to overrule the agent's own language.</summary>
    private const int ShortMessageLetters = 20;

    /// <summary>How sure the models must be to read a short message in a language the agent does not use.</summary>
    private const double ShortMessageConfidence = 0.95;

    /// <summary>How much likelier the agent's own languages are, before the text is read.</summary>
    private const double AgentLanguagePrior = 1.5;

    private readonly ConcurrentDictionary<string, LanguageDetector?> _detectors = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The message's language among <paramref name="candidates"/>, or null when there is nothing to tell by.</summary>
    public string? Detect(string message, IReadOnlyList<string> candidates, IReadOnlyList<string> agentLanguages)
    {
        var available = candidates.Where(c => ToLingua(c) is not null).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var agents = agentLanguages.Where(available.Contains).ToList();
        if (available.Count == 0)
        {
            return null;
        }

        if (available.Count == 1)
        {
            return available[0];
        }

        var letters = message.Count(char.IsLetter);
        if (letters == 0)
        {
            return agents.FirstOrDefault();
        }

        var confidences = Confidences(message, available);
        var best = available
            .Select(code => (Code: code, Confidence: confidences.GetValueOrDefault(code), Score: confidences.GetValueOrDefault(code) * (agents.Contains(code) ? AgentLanguagePrior : 1)))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => agents.IndexOf(c.Code) is var i && i >= 0 ? i : int.MaxValue)
            .First();

        if (letters < ShortMessageLetters && agents.Count > 0 && !agents.Contains(best.Code) && best.Confidence < ShortMessageConfidence)
        {
            return agents[0];
        }

        return best.Confidence > 0 ? best.Code : agents.FirstOrDefault();
    }

    /// <summary>Loads the models for the content's languages (a few MB); the first detection is then as fast as any.</summary>
    public void WarmUp(IReadOnlyList<string> candidates) => Detect("warm up", candidates, []);

    private Dictionary<string, double> Confidences(string message, List<string> available)
    {
        var key = string.Join(',', available);
        var detector = _detectors.GetOrAdd(key, _ => Build(available));
        if (detector is null)
        {
            return [];
        }

        IReadOnlyDictionary<Language, double> values;
        lock (_gate)
        {
            values = detector.ComputeLanguageConfidenceValues(message);
        }

        return values.ToDictionary(v => FromLingua(v.Key), v => v.Value, StringComparer.Ordinal);
    }

    private static LanguageDetector? Build(List<string> available)
    {
        var languages = available.Select(ToLingua).OfType<Language>().ToArray();
        return languages.Length < 2
            ? null
            : LanguageDetectorBuilder.FromLanguages(languages).WithLowAccuracyMode().WithPreloadedLanguageModels().Build();
    }

    private static Language? ToLingua(string code) =>
        Enum.GetValues<Language>().Cast<Language?>().FirstOrDefault(l => l!.Value.IsoCode6391().ToString().Equals(code, StringComparison.OrdinalIgnoreCase));

    private static string FromLingua(Language language) => language.IsoCode6391().ToString().ToLowerInvariant();
}
