using System.Text.Json;

namespace KnowledgeBase.Search.Tests.Suggestions;

/// <summary>One line of customer-messages.jsonl: what a customer wrote, its language and the template that answers it.</summary>
public sealed record CustomerMessage(string Lang, string Template, string Message)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<CustomerMessage> All { get; } =
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Suggestions", "customer-messages.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<CustomerMessage>(line, Json)!)];
}
