using System.Text;

namespace KnowledgeBase.Import.Html;

/// <summary>
/// Collects reply text block by block: inline text with HTML's whitespace rules (runs collapse to
/// one space), explicit line breaks, and blocks separated by a blank line.
/// </summary>
internal sealed class ReplyTextWriter
{
    private readonly List<string> _blocks = [];
    private readonly StringBuilder _line = new();

    /// <summary>Appends text whose whitespace collapses as in HTML.</summary>
    public void Text(string text)
    {
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0')
            {
                if (_line.Length > 0 && _line[^1] is not (' ' or '\n'))
                {
                    _line.Append(' ');
                }
            }
            else
            {
                _line.Append(c);
            }
        }
    }

    /// <summary>Appends text as it is (a link's address, a placeholder): no collapsing.</summary>
    public void Raw(string text) => _line.Append(text);

    public void LineBreak()
    {
        TrimEndSpaces();
        _line.Append('\n');
    }

    /// <summary>Ends the current paragraph.</summary>
    public void EndBlock()
    {
        var text = Clean(_line.ToString());
        _line.Clear();
        if (text.Length > 0)
        {
            _blocks.Add(text);
        }
    }

    /// <summary>Adds a finished block (a list, a quote, a table) after ending the current paragraph.</summary>
    public void Block(string text)
    {
        EndBlock();
        text = Clean(text);
        if (text.Length > 0)
        {
            _blocks.Add(text);
        }
    }

    /// <summary>The text so far; blocks separated by a blank line, or by one line break when <paramref name="tight"/> (inside a list item).</summary>
    public string Result(bool tight = false)
    {
        EndBlock();
        return string.Join(tight ? "\n" : "\n\n", _blocks);
    }

    /// <summary>Trailing spaces off every line, and no empty lines at the start or end.</summary>
    public static string Clean(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd()).ToList();
        var start = lines.FindIndex(l => l.Length > 0);
        if (start < 0)
        {
            return string.Empty;
        }

        var end = lines.FindLastIndex(l => l.Length > 0);
        return string.Join('\n', lines.Skip(start).Take(end - start + 1).Select((l, i) => i == 0 ? l.TrimStart(' ') : l));
    }

    private void TrimEndSpaces()
    {
        while (_line.Length > 0 && _line[^1] == ' ')
        {
            _line.Length--;
        }
    }
}
