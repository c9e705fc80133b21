using System.Text;
using System.Text.RegularExpressions;
using KnowledgeBase.Content.Limits;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KnowledgeBase.Content.FrontMatter;

/// <summary>
/// Loads YAML text within <see cref="YamlLimits"/> and turns every way YamlDotNet can fail into
/// one exception with a useful line. Every YAML the content folder holds is read through here.
/// </summary>
internal static partial class YamlText
{
    /// <summary>Parses YAML; <paramref name="firstLine"/> is the file line the text starts on.</summary>
    /// <exception cref="FrontMatterException">The YAML is malformed or over a limit; carries the file line.</exception>
    public static YamlStream Load(string yaml, int firstLine, string what, YamlLimits limits)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(limits);
        var offset = firstLine - 1;
        var size = Encoding.UTF8.GetByteCount(yaml);
        if (size > limits.MaxBytes)
        {
            throw new FrontMatterException(
                $"{what} is {ByteSize.Format(size)}; at most {ByteSize.Format(limits.MaxBytes)} is read ({limits.SizeSetting})", firstLine, LimitCodes.TooLarge);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new BoundedYamlParser(new Parser(new StringReader(yaml)), limits, what, offset));
            return stream;
        }
        catch (YamlException ex)
        {
            // Errors found at the end of the text ("did not find expected ']'") are about an earlier, unclosed construct.
            var line = (int)ex.Start.Line;
            if (line > LastNonEmptyLine(yaml))
            {
                line = LastReadableLine(yaml);
            }

            throw new FrontMatterException($"malformed YAML in {what}: {Describe(ex)}", line + offset);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet sometimes fails without a position (e.g. an unclosed '['); point at the last construct it read.
            throw new FrontMatterException(
                $"malformed YAML in {what}: check for an unclosed bracket, brace or quote", LastReadableLine(yaml) + offset);
        }
    }

    private static int LastNonEmptyLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            if (lines[i].Trim().Length > 0)
            {
                return i + 1;
            }
        }

        return 1;
    }

    /// <summary>The line of the last YAML event that parsed before the failure.</summary>
    private static int LastReadableLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)(parser.Current?.Start.Line ?? line);
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // Expected: this replays the failure to see how far parsing got.
        }

        return line;
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: …): "; the line is reported separately.
        var message = PositionPrefix().Replace(ex.Message, string.Empty);
        if (ex.InnerException is { } inner && !string.IsNullOrWhiteSpace(inner.Message))
        {
            message = $"{message} ({PositionPrefix().Replace(inner.Message, string.Empty)})";
        }

        return message.Trim().TrimEnd('.');
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
