using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace KnowledgeBase.TestSupport.Bitext;

/// <summary>Reads the Bitext customer-support datasets from <c>../shared/datasets/bitext</c>.</summary>
public static class BitextDataset
{
    private static readonly CsvConfiguration Csv = new(CultureInfo.InvariantCulture);

    public static string Root => RepositoryPaths.Bitext;

    public static IReadOnlyList<BitextUtterance> Utterances(BitextSplit split)
    {
        var folder = Path.Combine(Root, "intent-detection", split.ToString().ToLowerInvariant());
        var file = Directory.GetFiles(folder, "*.csv").Single();
        using var reader = new StreamReader(file);
        using var csv = new CsvReader(reader, Csv);
        var utterances = new List<BitextUtterance>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            utterances.Add(new BitextUtterance(csv.GetField("utterance")!, csv.GetField("intent")!, csv.GetField("category")!));
        }

        return utterances;
    }

    /// <summary>Each intent's answer from the LLM chatbot training set (commit bc499b9): one per intent.</summary>
    public static IReadOnlyDictionary<string, string> Responses()
    {
        var folder = Path.Combine(Root, "llm-chatbot-training", "commit-bc499b9");
        var file = Directory.GetFiles(folder, "*.csv").Single();
        using var reader = new StreamReader(file);
        using var csv = new CsvReader(reader, Csv);
        var responses = new Dictionary<string, string>(StringComparer.Ordinal);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            responses.TryAdd(csv.GetField("intent")!, csv.GetField("response")!);
        }

        return responses;
    }
}
