using System.Text;

namespace KnowledgeBase.Storage.Postgres.Schema;

/// <summary>
/// PostgreSQL folds unquoted names to lower case, so tables and columns are named <c>like_this</c>:
/// whoever reads the database with <c>psql</c> needs no quotes.
/// </summary>
internal static class SnakeCase
{
    public static string From(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var result = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                // A new word starts at an upper-case letter after a lower-case one or a digit, or before a lower-case one (the "Id" of "URLId").
                if (i > 0 && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    result.Append('_');
                }

                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
