using System.Text;

namespace KnowledgeBase.Storage.Insights;

/// <summary>How queries are grouped: "Delivery  Times" and "delivery times" are one query.</summary>
public static class QueryText
{
    /// <summary>Lower case (invariant), whitespace collapsed to single spaces, trimmed.</summary>
    public static string Normalise(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var builder = new StringBuilder(query.Length);
        var space = false;
        foreach (var c in query.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
