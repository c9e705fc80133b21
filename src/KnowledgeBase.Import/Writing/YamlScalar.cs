using System.Globalization;
using System.Text;

namespace KnowledgeBase.Import.Writing;

/// <summary>
/// Writes text as a YAML double-quoted scalar. Every value from a help desk is written this way, so
/// no title, note or category can end the front matter, open a YAML anchor or change a key: quotes,
/// backslashes, line breaks and every control or invisible separator character are escaped.
/// </summary>
internal static class YamlScalar
{
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var yaml = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"':
                    yaml.Append("\\\"");
                    break;
                case '\\':
                    yaml.Append("\\\\");
                    break;
                case '\n':
                    yaml.Append("\\n");
                    break;
                case '\t':
                    yaml.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\u0085' || LoneSurrogate(text, i))
                    {
                        yaml.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        yaml.Append(c);
                    }

                    break;
            }
        }

        return yaml.Append('"').ToString();
    }

    /// <summary>Half of a surrogate pair without its other half: not text, so it is escaped.</summary>
    private static bool LoneSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));

    /// <summary>A YAML flow list of quoted strings: <c>["a", "b"]</c>.</summary>
    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";
}
